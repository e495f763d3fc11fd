using MarketSim.Engine;
using MarketSim.Market.Agents;
using MarketSim.Market.Investors;
using MarketSim.Market.Money;
using MarketSim.Market.Parameters;

namespace MarketSim.Market;

/// <summary>
/// The market model (docs/model.md): customers, labs, clouds and vendors, every payment through the
/// provenance ledger. It wires the agents and submodels, answers lookups, and runs each tick as the
/// stage table of docs/model.md section 1.3 (see docs/architecture.md).
/// </summary>
public sealed class MarketModel : Model
{
    private readonly FirmServices _services;
    private readonly RandomStream _labRandom;
    private readonly CustomerMarket _customers;
    private readonly SentimentModel _sentiment;
    private readonly FrontierHistory _frontier = new();
    private readonly MarketTick _tick;
    private readonly StagedActivation<MarketTick> _stages;

    /// <summary>Builds the market of <paramref name="parameters"/> for one replication.</summary>
    public MarketModel(ScenarioParameters parameters, int replication, ulong seed)
        : base(seed)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Parameters = parameters;
        Replication = replication;
        var customerRandom = Streams.Get("customers");
        _labRandom = Streams.Get("labs");
        var marketRandom = Streams.Get("market");
        _sentiment = new SentimentModel(parameters.Market.Sentiment);
        Efficiency = new InferenceEfficiency(parameters.Market.EfficiencyHalvingMonths);
        Outside = new OutsideAccounts(Ledger);
        _services = new FirmServices(this, Ledger, Outside);
        Funding = new FundingMarket(Ledger, Outside.External, parameters.Market);
        for (var c = 0; c < parameters.Clouds.Count; c++)
        {
            Clouds.Add(new Cloud(_services, parameters.Clouds[c], c));
        }

        for (var v = 0; v < parameters.Vendors.Count; v++)
        {
            Vendors.Add(new Vendor(_services, parameters.Vendors[v], v));
        }

        foreach (var cloud in Clouds.Where(c => c.Parameters.OwnChip is not null))
        {
            VendorById(cloud.Parameters.OwnChip!.Vendor).Owner = cloud;
        }

        _customers = new CustomerMarket(parameters.Customers, Labs, Clouds, Alliances, Efficiency, parameters.Labs.Count, customerRandom, parameters.Market.TaskDemand, Streams.Get("appeal"));
        Exchange = new ComputeExchange(Ledger, Outside, Alliances, Labs, Clouds);
        foreach (var lab in parameters.Labs)
        {
            AddLab(lab);
        }

        foreach (var contract in parameters.Contracts)
        {
            if (contract.SignedTick > 0)
            {
                // A deal signed inside the horizon does not exist before it: no backlog to plan capex on. After the tick's
                // events (priority 1), so a lab entering that month can sign.
                Schedule.At(contract.SignedTick, () => SignContract(contract), priority: 2, name: "contract-signed:" + contract.Id);
            }
            else
            {
                AddContract(contract);
            }
        }

        foreach (var alliance in parameters.Alliances)
        {
            AddAlliance(alliance);
        }

        ValueLaw = parameters.Market.Valuation.Law == ValuationLaw.V2 ? new ValueLaw(this) : null;
        Funding.ValueLaw = ValueLaw;
        foreach (var investor in parameters.Investors)
        {
            var agent = new Investor(this, investor);
            Investors.Add(agent);
            Funding.AddParticipant(agent);
        }

        foreach (var e in parameters.Events)
        {
            if (e is IMarketEvent behaviour)
            {
                Schedule.At(e.Tick, () => behaviour.Apply(this), priority: 1, name: e.Kind);
            }
        }

        // Tick-0 prices and choice table, brand constants solved to the starting shares, initial adopters.
        Labs.Do(lab => lab.SetPrice(Efficiency.Intensity(lab, 0)));
        _customers.RefreshChoiceInputs(0);
        if (parameters.Labs.Count > 0 && parameters.Labs.All(l => l.InitialShare is not null))
        {
            BrandCalibration.Solve(this, _customers.Inputs, _customers.Choices);
        }

        _customers.Choices.Update(_customers.Inputs);
        _customers.AdoptInitial();
        Ledger.BeginTick();
        var procurement = new ChipProcurement(Vendors, Alliances);
        Finance = parameters.Finance is { } finance ? new FinanceDesk(this, finance) : null;
        SupplySide = new SupplySide(parameters.Supply, Exchange, procurement, Clouds, Vendors, Finance);
        _tick = new MarketTick(this, _customers, Exchange, procurement, _sentiment, _frontier, Efficiency, marketRandom);
        _stages = MarketStages.Table(Random);
    }

    /// <summary>The lab's product-appeal shock xi this month (docs/model.md (3.1a)); 0 when switched off.</summary>
    internal double AppealOf(Lab lab) => _customers.Appeal(lab.Index);

    /// <summary>The scenario.</summary>
    public ScenarioParameters Parameters { get; }

    /// <summary>Replication number (0-based).</summary>
    public int Replication { get; }

    /// <summary>The provenance ledger.</summary>
    public Ledger Ledger { get; } = new();

    /// <summary>The accounts outside the model.</summary>
    public OutsideAccounts Outside { get; }

    /// <summary>The customers (flat arrays).</summary>
    public CustomerPopulation Customers => _customers.Population;

    /// <summary>Labs, in scenario order (entrants appended): the one list of labs.</summary>
    public AgentSet<Lab> Labs { get; } = new();

    /// <summary>Clouds, in scenario order.</summary>
    public AgentSet<Cloud> Clouds { get; } = new();

    /// <summary>Vendors, in scenario order.</summary>
    public AgentSet<Vendor> Vendors { get; } = new();

    /// <summary>Investors, in scenario order.</summary>
    public AgentSet<Investor> Investors { get; } = new();

    /// <summary>Alliances, in scenario order, and what they hold.</summary>
    public AllianceBook Alliances { get; } = new();

    /// <summary>Compute requests, rationing, take-or-pay contracts and hosting.</summary>
    public ComputeExchange Exchange { get; }

    /// <summary>The v2 supply rules and the outside fleets (inactive under v1).</summary>
    public SupplySide SupplySide { get; }

    /// <summary>The v2 valuation law and listed companies, or null under v1.</summary>
    public ValueLaw? ValueLaw { get; }

    /// <summary>Finance and default (docs/model.md 3.3.16), or null under v1.</summary>
    public FinanceDesk? Finance { get; }

    /// <summary>Compute per WU, with efficiency shocks.</summary>
    public InferenceEfficiency Efficiency { get; }

    /// <summary>Funding rounds and the external pool.</summary>
    public FundingMarket Funding { get; }

    /// <summary>Sentiment S (1 = neutral).</summary>
    public double Sentiment => _sentiment.Value;

    /// <summary>The market's expected monthly growth of end-customer spend (adaptive; starts at the scenario's).</summary>
    public double ExpectedGrowth => _sentiment.ExpectedGrowth;

    /// <summary>Frontier capability by tick (for invariants and reporters).</summary>
    public FrontierHistory Frontier => _frontier;

    /// <summary>v2 demand state, or null under v1 (for tests and reporters).</summary>
    public TaskDemand? TaskDemand => _customers.Tasks;

    /// <summary>v2 captive and other-ai workloads, or null under v1's background (for tests and invariants).</summary>
    public CloudWorkloads? Workloads => _tick.Workloads;

    /// <summary>This tick's totals, for reporters and invariants.</summary>
    public MarketTotals Totals { get; } = new();

    /// <summary>The stages of a tick, in run order (docs/model.md section 1.3).</summary>
    public IReadOnlyList<string> StageNames => _stages.StageNames;

    /// <summary>All firms: labs, clouds, vendors.</summary>
    public IEnumerable<Firm> Firms() => Labs.Cast<Firm>().Concat(Clouds).Concat(Vendors);

    /// <summary>A firm by id, or null.</summary>
    public Firm? FirmById(string id) => Firms().FirstOrDefault(f => f.FirmId == id);

    /// <summary>The index of cloud <paramref name="id"/>.</summary>
    public int CloudIndex(string id) =>
        Clouds.FirstOrDefault(c => c.FirmId == id)?.Index ?? throw new ArgumentException($"No cloud '{id}'.", nameof(id));

    /// <summary>The lab called <paramref name="id"/>.</summary>
    public Lab LabById(string id) => Labs.First(l => l.FirmId == id);

    /// <summary>The vendor called <paramref name="id"/>.</summary>
    public Vendor VendorById(string id) => Vendors.First(v => v.FirmId == id);

    /// <summary>The alliance called <paramref name="id"/>.</summary>
    public Alliance AllianceById(string id) => Alliances.ById(id);

    /// <summary>CU per WU of <paramref name="lab"/> this tick: e0 halving every H months, times shocks.</summary>
    public double Intensity(Lab lab) => Efficiency.Intensity(lab, Steps);

    /// <summary>Price per WU an adopter on home cloud <paramref name="home"/> pays for <paramref name="lab"/>'s models.</summary>
    public double PriceFor(Lab lab, int home) => _customers.PriceFor(lab, home, Steps);

    /// <summary>Pushes ln S down by <paramref name="shock"/> at the next sentiment update.</summary>
    internal void AddSentimentShock(double shock) => _sentiment.AddShock(shock);

    /// <summary>Adds a take-or-pay contract.</summary>
    internal void AddContract(ContractParameters contract, Alliance? alliance = null) =>
        Exchange.AddContract(new ComputeContract(contract.Id, LabById(contract.Lab), Clouds[CloudIndex(contract.Cloud)], contract.Total, contract.StartTick, contract.Months, alliance));

    // A firm that has defaulted by the signing month signs nothing.
    private void SignContract(ContractParameters contract)
    {
        if (LabById(contract.Lab).Alive && Clouds[CloudIndex(contract.Cloud)].Alive)
        {
            AddContract(contract);
        }
    }

    /// <summary>A lab enters the market now (lab-entry event): it gets its starting cash and joins the choice set.</summary>
    internal void EnterLab(LabParameters parameters)
    {
        var lab = AddLab(parameters);
        Ledger.Transfer(Outside.Prior, lab.Account, parameters.Cash, FlowKind.InitialCash);
    }

    /// <inheritdoc />
    protected override void OnTickStart()
    {
        // Step 0 of docs/model.md section 1.3. Per-tick tallies are cleared before the tick's events, so
        // money events move (alliance investments, exit penalties, an entrant's cash) is counted in
        // flows.csv and in that tick.
        Ledger.BeginTick();
        Totals.Clear();
        Funding.BeginTick(Sentiment, ExpectedGrowth);
        Exchange.BeginTick();
        foreach (var firm in Firms())
        {
            firm.BeginTick();
        }

        Labs.Do(static lab => lab.BeginLabTick());
        Clouds.Do(static cloud => cloud.BeginCloudTick());
        Vendors.Do(static vendor => vendor.BeginVendorTick());
        SupplySide.BeginTick();
        foreach (var firm in Steps == 0 ? Firms() : Enumerable.Empty<Firm>())
        {
            firm.ReceiveStartingCash(Outside.Prior);
        }
    }

    /// <inheritdoc />
    protected override void OnStep()
    {
        _tick.Tick = Steps;
        _stages.Run(_tick);
    }

    private Lab AddLab(LabParameters parameters)
    {
        var lab = new Lab(_services, Parameters.Market, _labRandom, Clouds, parameters, Labs.Count);
        Labs.Add(lab);
        Exchange.AddLab();
        if (parameters.ParentSupport > 0)
        {
            Outside.OpenParent(parameters.Id);
        }

        _customers.AddLab(lab);
        return lab;
    }

    private void AddAlliance(AllianceParameters parameters)
    {
        var alliance = new Alliance(
            parameters,
            parameters.Clouds.Select(id => Clouds[CloudIndex(id)]).ToList(),
            parameters.Labs.Select(LabById).ToList(),
            parameters.Vendors.Select(VendorById).ToList());
        Alliances.Add(alliance);
        AllianceEffects.Schedule(this, alliance);
    }
}
