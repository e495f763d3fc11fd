using MarketSim.Engine;
using MarketSim.Market.Agents;
using MarketSim.Market.Investors;
using MarketSim.Market.Money;
using MarketSim.Market.Parameters;
using MathNet.Numerics.Distributions;

namespace MarketSim.Market;

/// <summary>
/// The market model (docs/model.md): customers, labs, clouds and vendors in the staged tick of
/// MODEL.md section 3, every payment through the provenance ledger.
/// </summary>
public sealed class MarketModel : Model
{
    /// <summary>Cap-table holder name of outside investors in funding rounds.</summary>
    public const string ExternalHolder = "external";

    private readonly List<Lab> _labList = [];
    private readonly List<ComputeContract> _contracts = [];
    private readonly List<Alliance> _alliances = [];
    private readonly List<double> _frontier = [];
    private readonly Dictionary<string, Account> _parents = new(StringComparer.Ordinal);
    private readonly List<double> _hostingServedWU = [];
    private readonly List<double> _hostingRevenue = [];
    private double[,] _paidThisTick;
    private readonly ChoiceInputs _choiceInputs;
    private readonly ChoiceTable _choices = new();
    private readonly double[] _baseDemand;
    private readonly double[] _adoption;
    private readonly double[] _review;
    private readonly double[] _demandLevel;
    private bool[] _alive = [];
    private double _revenueToCapexTarget = double.NaN;
    private double _previousCustomerSpend;
    private double _freezeShock;
    private double _expectedGrowth = double.NaN;

    // Bounds of the sentiment recursion (docs/model.md, Sentiment): monthly spend growth read at most
    // 1,000 (100,000%), ln S within +-20. Found by fuzzing extreme but valid inputs.
    private const double MaxSentimentGrowth = 1e3;
    private const double MaxLogSentiment = 20;
    private double _smoothedSpend = double.NaN;
    private double _smoothedCapex = double.NaN;

    /// <summary>Builds the market of <paramref name="parameters"/> for one replication.</summary>
    public MarketModel(ScenarioParameters parameters, int replication, ulong seed)
        : base(seed)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Parameters = parameters;
        Replication = replication;
        CustomerRandom = Streams.Get("customers");
        LabRandom = Streams.Get("labs");
        MarketRandom = Streams.Get("market");
        Sentiment = parameters.Market.Sentiment.Initial;

        CustomerAccount = Ledger.OpenOutside("customers", "customer");
        OutsideAccount = Ledger.OpenOutside("outside-economy", "outside");
        BackgroundAccount = Ledger.OpenOutside("background-workloads", "background");
        OtherBuyersAccount = Ledger.OpenOutside("other-chip-buyers", "other-buyers");
        ExternalAccount = Ledger.OpenOutside("external-investors", "external");
        PriorAccount = Ledger.OpenOutside("prior-capital", "prior-capital");
        Funding = new FundingMarket(this);

        for (var c = 0; c < parameters.Clouds.Count; c++)
        {
            Clouds.Add(new Cloud(this, parameters.Clouds[c], c));
        }

        for (var v = 0; v < parameters.Vendors.Count; v++)
        {
            Vendors.Add(new Vendor(this, parameters.Vendors[v], v));
        }

        foreach (var cloud in Clouds)
        {
            if (cloud.Parameters.OwnChip is { } own)
            {
                VendorById(own.Vendor).Owner = cloud;
            }
        }

        var population = parameters.Customers;
        Customers = new CustomerPopulation(population, parameters.Clouds.Select(c => c.Id).ToList(), parameters.Labs.Count, CustomerRandom);
        _choiceInputs = new ChoiceInputs(Customers.Segments, Customers.Classes, Clouds.Count, 0);
        SetSensitivities();
        _paidThisTick = new double[0, Clouds.Count];
        foreach (var lab in parameters.Labs)
        {
            AddLab(lab);
        }

        foreach (var contract in parameters.Contracts)
        {
            AddContract(contract);
        }

        foreach (var alliance in parameters.Alliances)
        {
            AddAlliance(alliance);
        }

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

        _baseDemand = new double[Customers.Segments];
        _adoption = new double[Customers.Segments];
        _review = new double[Customers.Segments];
        _demandLevel = new double[Customers.Segments];
        Array.Fill(_demandLevel, 1.0);
        for (var s = 0; s < Customers.Segments; s++)
        {
            var seg = population.Segments[s];
            var size = Customers.SegmentSize(s);
            _baseDemand[s] = size > 0 ? population.TotalDemand * seg.DemandShare / size : 0;
            _review[s] = seg.ReviewProbability;
        }

        // Tick-0 prices and choice table, brand constants solved to the starting shares, initial adopters.
        SetPrices();
        RefreshChoiceInputs();
        if (parameters.Labs.Count > 0 && parameters.Labs.All(l => l.InitialShare is not null))
        {
            BrandCalibration.Solve(this, _choiceInputs, _choices);
        }

        _choices.Update(_choiceInputs);
        Customers.AdoptInitial(population.Segments.Select(s => s.InitialAdopted).ToArray(), _choices, CustomerRandom);
        Ledger.BeginTick();
    }

    /// <summary>The scenario.</summary>
    public ScenarioParameters Parameters { get; }

    /// <summary>Replication number (0-based).</summary>
    public int Replication { get; }

    /// <summary>The provenance ledger.</summary>
    public Ledger Ledger { get; } = new();

    /// <summary>The customers (flat arrays).</summary>
    public CustomerPopulation Customers { get; }

    /// <summary>Labs, in scenario order (entrants appended).</summary>
    public AgentSet<Lab> Labs { get; } = new();

    /// <summary>Clouds, in scenario order.</summary>
    public AgentSet<Cloud> Clouds { get; } = new();

    /// <summary>Vendors, in scenario order.</summary>
    public AgentSet<Vendor> Vendors { get; } = new();

    /// <summary>Investors, in scenario order.</summary>
    public AgentSet<Investor> Investors { get; } = new();

    /// <summary>Alliances, in scenario order.</summary>
    public IReadOnlyList<Alliance> Alliances => _alliances;

    /// <summary>Take-or-pay contracts.</summary>
    public IReadOnlyList<ComputeContract> Contracts => _contracts;

    /// <summary>Funding rounds and the external pool.</summary>
    public FundingMarket Funding { get; }

    /// <summary>Sentiment S (1 = neutral).</summary>
    public double Sentiment { get; private set; }

    /// <summary>The market's expected monthly growth of end-customer spend (adaptive; starts at the scenario's).</summary>
    public double ExpectedGrowth => double.IsNaN(_expectedGrowth) ? Parameters.Market.Sentiment.ExpectedGrowth : _expectedGrowth;

    /// <summary>Global multiplier of compute per WU from efficiency shocks.</summary>
    public double EfficiencyFactor { get; internal set; } = 1;

    /// <summary>End customers (outside).</summary>
    public Account CustomerAccount { get; }

    /// <summary>The outside economy receiving operating, unit and facility costs.</summary>
    public Account OutsideAccount { get; }

    /// <summary>Background AI workloads paying clouds (outside).</summary>
    public Account BackgroundAccount { get; }

    /// <summary>Accelerator buyers outside the model.</summary>
    public Account OtherBuyersAccount { get; }

    /// <summary>Outside investors in funding rounds.</summary>
    public Account ExternalAccount { get; }

    /// <summary>Where firms' starting cash comes from.</summary>
    public Account PriorAccount { get; }

    /// <summary>The customers' random stream (adoption and choice).</summary>
    public RandomStream CustomerRandom { get; }

    /// <summary>The labs' random stream (research productivity).</summary>
    public RandomStream LabRandom { get; }

    /// <summary>The market's random stream (sentiment shocks).</summary>
    public RandomStream MarketRandom { get; }

    /// <summary>This tick's totals, for reporters and invariants.</summary>
    public MarketTotals Totals { get; } = new();

    /// <summary>The origin name of money a firm invests in others.</summary>
    public static string InvestmentOrigin(string firmId) => "investment:" + firmId;

    /// <summary>The origin name of compute credits on a cloud.</summary>
    public static string CreditsOriginName(string cloudId) => "credits:" + cloudId;

    /// <summary>All firms: labs, clouds, vendors.</summary>
    public IEnumerable<Firm> Firms()
    {
        foreach (var lab in Labs)
        {
            yield return lab;
        }

        foreach (var cloud in Clouds)
        {
            yield return cloud;
        }

        foreach (var vendor in Vendors)
        {
            yield return vendor;
        }
    }

    /// <summary>A firm by id, or null.</summary>
    public Firm? FirmById(string id) => Firms().FirstOrDefault(f => f.FirmId == id);

    /// <summary>The index of cloud <paramref name="id"/>.</summary>
    public int CloudIndex(string id)
    {
        for (var c = 0; c < Clouds.Count; c++)
        {
            if (Clouds[c].FirmId == id)
            {
                return c;
            }
        }

        throw new ArgumentException($"No cloud '{id}'.", nameof(id));
    }

    /// <summary>The lab called <paramref name="id"/>.</summary>
    public Lab LabById(string id) => _labList.First(l => l.FirmId == id);

    /// <summary>The vendor called <paramref name="id"/>.</summary>
    public Vendor VendorById(string id) => Vendors.First(v => v.FirmId == id);

    /// <summary>The alliance called <paramref name="id"/>.</summary>
    public Alliance AllianceById(string id) => _alliances.First(a => a.Id == id);

    /// <summary>CU per WU of <paramref name="lab"/> this tick: e0 halving every H months, times shocks.</summary>
    public double Intensity(Lab lab) =>
        lab.Parameters.InferenceIntensity * Math.Pow(2, -Steps / Parameters.Market.EfficiencyHalvingMonths) * EfficiencyFactor;

    /// <summary>Pushes ln S down by <paramref name="shock"/> at the next sentiment update.</summary>
    internal void AddSentimentShock(double shock) => _freezeShock += shock;

    /// <summary>Adds a lab (at construction or a lab-entry event).</summary>
    internal Lab AddLab(LabParameters parameters)
    {
        var lab = new Lab(this, parameters, _labList.Count);
        _labList.Add(lab);
        Labs.Add(lab);
        _hostingServedWU.Add(0);
        _hostingRevenue.Add(0);
        var paid = new double[_labList.Count, Clouds.Count];
        for (var l = 0; l < _paidThisTick.GetLength(0); l++)
        {
            for (var c = 0; c < Clouds.Count; c++)
            {
                paid[l, c] = _paidThisTick[l, c];
            }
        }

        _paidThisTick = paid;
        if (parameters.ParentSupport > 0)
        {
            _parents[parameters.Id] = Ledger.OpenOutside("parent:" + parameters.Id, "parent:" + parameters.Id);
        }

        if (_labList.Count > Customers.CountLabs)
        {
            Customers.AddLab();
        }

        _choiceInputs.Resize(_labList.Count);
        _choiceInputs.Brand[lab.Index] = lab.Brand;
        _alive = new bool[_labList.Count];
        return lab;
    }

    /// <summary>Adds a take-or-pay contract.</summary>
    internal void AddContract(ContractParameters contract, Alliance? alliance = null) =>
        _contracts.Add(new ComputeContract(contract.Id, LabById(contract.Lab), Clouds[CloudIndex(contract.Cloud)], contract.Total, contract.StartTick, contract.Months, alliance));

    /// <summary>A lab enters the market now (lab-entry event): it gets its starting cash and joins the choice set.</summary>
    internal void EnterLab(LabParameters parameters)
    {
        var lab = AddLab(parameters);
        Ledger.Transfer(PriorAccount, lab.Account, parameters.Cash, FlowKind.InitialCash);
    }

    /// <summary>The parent company account funding <paramref name="lab"/>.</summary>
    internal Account ParentAccount(Lab lab) => _parents[lab.FirmId];

    /// <summary>The credits origin of <paramref name="cloud"/>.</summary>
    internal int CreditsOrigin(Cloud cloud) => Ledger.Origin(CreditsOriginName(cloud.FirmId));

    /// <summary>Whether <paramref name="lab"/> is served first by <paramref name="cloud"/> (committed or allied).</summary>
    internal bool HasPriority(Lab lab, Cloud cloud)
    {
        foreach (var contract in _contracts)
        {
            if (contract.Lab == lab && contract.Cloud == cloud && contract.ActiveAt(Steps))
            {
                return true;
            }
        }

        foreach (var alliance in _alliances)
        {
            if (alliance.IsVertical && alliance.ActiveAt(Steps) && alliance.Labs.Contains(lab) && alliance.Clouds.Contains(cloud))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="vendor"/> ships <paramref name="cloud"/>'s orders first.</summary>
    internal bool HasPrioritySupply(Vendor vendor, Cloud cloud)
    {
        foreach (var alliance in _alliances)
        {
            if (alliance.IsVertical && alliance.Parameters.PrioritySupply && alliance.ActiveAt(Steps)
                && alliance.Vendors.Contains(vendor) && alliance.Clouds.Contains(cloud))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Records a lab's payment to a cloud, for take-or-pay.</summary>
    internal void RecordContractPayment(Lab lab, Cloud cloud, double amount) => _paidThisTick[lab.Index, cloud.Index] += amount;

    /// <summary>This tick's take-or-pay shortfalls at <paramref name="cloud"/>: (lab, amount still owed).</summary>
    internal IEnumerable<(Lab Lab, double Shortfall)> TakeOrPay(Cloud cloud)
    {
        foreach (var lab in _labList)
        {
            if (!lab.Alive)
            {
                continue;
            }

            var minimum = 0.0;
            foreach (var contract in _contracts)
            {
                if (contract.Lab == lab && contract.Cloud == cloud && contract.ActiveAt(Steps))
                {
                    minimum += contract.Monthly;
                }
            }

            // A cloud that rationed the committed lab cannot bill it for the capacity it did not deliver.
            var shortfall = (minimum * lab.ServedFraction(cloud.Index)) - _paidThisTick[lab.Index, cloud.Index];
            if (shortfall > 1e-12)
            {
                yield return (lab, shortfall);
            }
        }
    }

    /// <summary>Hosting served for an open-weights lab on some cloud this tick.</summary>
    internal void AddHosting(Lab lab, double servedCU, double bill)
    {
        var intensity = Intensity(lab);
        _hostingServedWU[lab.Index] += intensity > 0 ? servedCU / intensity : 0;
        _hostingRevenue[lab.Index] += bill;
    }

    /// <summary>WU of <paramref name="lab"/>'s open-weights models served by clouds this tick.</summary>
    public double HostingServedWU(Lab lab) => _hostingServedWU[lab.Index];

    /// <summary>Open-weights hosting revenue of <paramref name="lab"/>'s models this tick (earned by clouds).</summary>
    public double HostingRevenueOf(Lab lab) => _hostingRevenue[lab.Index];

    /// <summary>Splits <paramref name="capacity"/> million CU of new orders among vendors (own chips first, then logit on CU per dollar and lock-in).</summary>
    internal void PlaceChipOrders(Cloud cloud, double capacity)
    {
        var p = cloud.Parameters;
        var merchant = capacity;
        if (p.OwnChip is { } own)
        {
            var vendor = VendorById(own.Vendor);
            var mine = capacity * own.Share;
            vendor.Order(cloud, mine * 1000 / vendor.ComputePerUnit, Steps);
            merchant -= mine;
        }

        var portability = 0.0;
        foreach (var alliance in _alliances)
        {
            if (!alliance.IsVertical && alliance.ActiveAt(Steps) && alliance.Clouds.Contains(cloud))
            {
                portability = Math.Max(portability, alliance.Parameters.Portability);
            }
        }

        Span<double> weights = stackalloc double[Vendors.Count];
        var best = double.NegativeInfinity;
        for (var v = 0; v < Vendors.Count; v++)
        {
            var vendor = Vendors[v];
            if (vendor.Owner is not null)
            {
                weights[v] = double.NegativeInfinity;
                continue;
            }

            var lockIn = p.VendorLockIn.TryGetValue(vendor.FirmId, out var l) ? l : 0;
            weights[v] = (p.ProcurementSensitivity * Math.Log(vendor.ComputePerUnit / vendor.Price)) + (lockIn * (1 - portability));
            best = Math.Max(best, weights[v]);
        }

        var total = 0.0;
        for (var v = 0; v < weights.Length; v++)
        {
            weights[v] = double.IsNegativeInfinity(weights[v]) ? 0 : Math.Exp(weights[v] - best);
            total += weights[v];
        }

        for (var v = 0; v < weights.Length && total > 0; v++)
        {
            if (weights[v] > 0)
            {
                var vendor = Vendors[v];
                vendor.Order(cloud, merchant * weights[v] / total * 1000 / vendor.ComputePerUnit, Steps);
            }
        }
    }

    /// <inheritdoc />
    protected override void OnTickStart()
    {
        // Per-tick tallies are cleared before the tick's events, so money events move (alliance
        // investments, exit penalties, an entrant's cash) is counted in flows.csv and in that tick.
        Ledger.BeginTick();
        Totals.Clear();
        Funding.BeginTick(Sentiment);
        Array.Clear(_paidThisTick);
        for (var l = 0; l < _labList.Count; l++)
        {
            _hostingServedWU[l] = 0;
            _hostingRevenue[l] = 0;
        }

        foreach (var firm in Firms())
        {
            firm.BeginTick();
        }

        foreach (var lab in _labList)
        {
            lab.BeginLabTick();
        }

        foreach (var cloud in Clouds)
        {
            cloud.BeginCloudTick();
        }

        foreach (var vendor in Vendors)
        {
            vendor.BeginVendorTick();
        }

        if (Steps == 0)
        {
            foreach (var firm in Firms())
            {
                var cash = firm switch
                {
                    Lab l => l.Parameters.Cash,
                    Cloud c => c.Parameters.Cash,
                    Vendor v => v.Parameters.Cash,
                    _ => 0,
                };
                Ledger.Transfer(PriorAccount, firm.Account, cash, FlowKind.InitialCash);
            }
        }
    }

    /// <inheritdoc />
    protected override void OnStep()
    {
        var tick = Steps;

        // Stage 2: customers.
        SetPrices();
        RefreshChoiceInputs();
        _choices.Update(_choiceInputs);
        SetAdoptionProbabilities();
        Customers.Step(_adoption, _review, _alive, _choices, CustomerRandom);
        ComputeDemand(tick);

        // Stage 3: labs buy compute (order shuffled by the model's generator).
        Labs.ShuffleDo(lab => lab.PlaceOrders(Intensity(lab)), Random);

        // Stage 4: clouds serve and bill, then take-or-pay.
        Clouds.ShuffleDo(cloud => cloud.Serve(tick), Random);

        // Stage 3 continued: labs are paid for what was served, grow capability, pay costs, raise or fail.
        var frontierLagged = FrontierAt(tick - Parameters.Market.OpenWeightsLag);
        Labs.ShuffleDo(lab => lab.Settle(frontierLagged), Random);

        // Stage 4 continued: clouds depreciate, price, and order accelerators.
        var optimism = Math.Pow(Sentiment, Parameters.Market.Sentiment.CapexOptimism);
        Clouds.ShuffleDo(cloud => cloud.Invest(tick, optimism), Random);

        // Stage 5: vendors ship and bill.
        Vendors.ShuffleDo(vendor => vendor.Ship(tick), Random);

        // Stage 7 (market) before 6 (investors): investors buy and mark at this tick's firm values.
        _frontier.Add(_labList.Where(l => l.Alive && !l.OpenWeights).Select(l => l.Capability).DefaultIfEmpty(0).Max());
        Totals.Compute(this, _hostingServedWU);
        Valuation.MarkAll(this);

        // Stage 6: investors, in scenario order (their purchases are independent of each other).
        if (tick == 0)
        {
            Investors.Do(investor => investor.Buy());
        }

        Investors.Do(investor => investor.Mark());
        UpdateSentiment();
    }

    /// <summary>Price per WU an adopter on home cloud <paramref name="home"/> pays for <paramref name="lab"/>'s models.</summary>
    public double PriceFor(Lab lab, int home) => lab.OpenWeights ? Intensity(lab) * Clouds[home].Price : lab.Price;

    /// <summary>The frontier capability at tick <paramref name="tick"/> (interpolated; the first tick's before the start).</summary>
    public double FrontierAt(double tick)
    {
        if (_frontier.Count == 0)
        {
            return 0;
        }

        if (tick <= 0)
        {
            return _frontier[0];
        }

        var low = (int)Math.Floor(tick);
        if (low >= _frontier.Count - 1)
        {
            return _frontier[^1];
        }

        var w = tick - low;
        return (_frontier[low] * (1 - w)) + (_frontier[low + 1] * w);
    }

    private void SetPrices()
    {
        foreach (var lab in _labList)
        {
            lab.SetPrice(Intensity(lab));
        }
    }

    private void SetSensitivities()
    {
        var c = Parameters.Customers;
        for (var s = 0; s < c.Segments.Count; s++)
        {
            _choiceInputs.QualityWeight[s] = c.Segments[s].QualitySensitivity;
            _choiceInputs.PriceWeight[s] = c.Segments[s].PriceSensitivity;
            _choiceInputs.SwitchingCost[s] = c.Segments[s].SwitchingCost;
        }

        // Sensitivity classes: quantiles at class midpoints of a mean-one lognormal with the given spread,
        // crossed for quality and price (k x k classes).
        var k = c.SensitivityClasses;
        var multipliers = new double[k];
        if (c.SensitivitySpread <= 0 || k == 1)
        {
            Array.Fill(multipliers, 1.0);
        }
        else
        {
            var sigma = Math.Sqrt(Math.Log(1 + (c.SensitivitySpread * c.SensitivitySpread)));
            var mu = -sigma * sigma / 2;
            for (var i = 0; i < k; i++)
            {
                multipliers[i] = LogNormal.InvCDF(mu, sigma, (i + 0.5) / k);
            }
        }

        for (var q = 0; q < k; q++)
        {
            for (var p = 0; p < k; p++)
            {
                _choiceInputs.QualityMultiplier[(q * k) + p] = multipliers[q];
                _choiceInputs.PriceMultiplier[(q * k) + p] = multipliers[p];
            }
        }
    }

    private void RefreshChoiceInputs()
    {
        var inputs = _choiceInputs;
        var lambda = Parameters.Customers.NativeBonus;
        var tick = Steps;
        for (var j = 0; j < _labList.Count; j++)
        {
            var lab = _labList[j];
            _alive[j] = lab.Alive;
            inputs.Alive[j] = lab.Alive;
            inputs.LnCapability[j] = Math.Log(Math.Max(lab.Capability, 1e-12));
            inputs.Brand[j] = lab.Brand;
            for (var h = 0; h < Clouds.Count; h++)
            {
                inputs.LnPrice[j, h] = Math.Log(Math.Max(PriceFor(lab, h), 1e-300));
                var native = lab.MainCloud == h ? 1.0 : 0.0;
                foreach (var alliance in _alliances)
                {
                    if (alliance.ActiveAt(tick) && alliance.Labs.Contains(lab) && alliance.Clouds.Contains(Clouds[h]))
                    {
                        native = alliance.IsVertical ? 1 : Math.Max(native, alliance.Parameters.Interop);
                    }
                }

                inputs.Native[h, j] = lambda * native;
                for (var k = 0; k < _labList.Count; k++)
                {
                    inputs.ExitLock[j, k, h] = k == j ? 0 : ExitLock(lab, _labList[k], Clouds[h], tick);
                }
            }

            for (var k = 0; k < _labList.Count; k++)
            {
                var multiplier = 1.0;
                foreach (var alliance in _alliances)
                {
                    if (!alliance.IsVertical && alliance.ActiveAt(tick) && alliance.Labs.Contains(lab) && alliance.Labs.Contains(_labList[k]))
                    {
                        multiplier = Math.Min(multiplier, 1 - alliance.Parameters.Interop);
                    }
                }

                inputs.SwitchMultiplier[j, k] = j == k ? 0 : multiplier;
            }
        }
    }

    // Lock-in is a cost of leaving an allied lab (MODEL.md 4.3), not a pull towards it: it holds the customers
    // an ecosystem has won without steering new ones. Moving to another lab of the same alliance is not leaving.
    private double ExitLock(Lab current, Lab candidate, Cloud home, int tick)
    {
        var cost = 0.0;
        foreach (var alliance in _alliances)
        {
            if (alliance.IsVertical && alliance.ActiveAt(tick) && alliance.Clouds.Contains(home)
                && alliance.Labs.Contains(current) && !alliance.Labs.Contains(candidate))
            {
                cost += alliance.Parameters.LockIn;
            }
        }

        return cost;
    }

    private void SetAdoptionProbabilities()
    {
        for (var s = 0; s < Customers.Segments; s++)
        {
            var seg = Parameters.Customers.Segments[s];
            var size = Customers.SegmentSize(s);
            var adopted = size > 0 ? (double)Customers.AdoptedIn(s) / size : 1;
            _adoption[s] = BassHazard.OneMonth(seg.P, seg.Q, adopted);
        }
    }

    private void ComputeDemand(int tick)
    {
        var segments = Parameters.Customers.Segments;
        for (var s = 0; s < segments.Count; s++)
        {
            // level(t) = level(t-1) (1 + g(t-1)): the decaying-growth product, advanced one tick at a time.
            _demandLevel[s] = tick == 0 ? 1 : _demandLevel[s] * (1 + DecayingGrowth.Rate(segments[s].Growth, segments[s].GrowthHalfLife, tick - 1));
        }

        var total = 0.0;
        foreach (var lab in _labList)
        {
            var demand = 0.0;
            for (var h = 0; h < Clouds.Count; h++)
            {
                var hosted = 0.0;
                var price = PriceFor(lab, h);
                for (var s = 0; s < segments.Count; s++)
                {
                    var n = Customers.CountOf(s, lab.Index, h);
                    if (n == 0)
                    {
                        continue;
                    }

                    var seg = segments[s];

                    // d_i = base demand grown by g per month, times (P / P_ref)^-eta.
                    var perCustomer = _baseDemand[s] * _demandLevel[s] * Math.Pow(price / seg.ReferencePrice, -seg.Elasticity);
                    hosted += n * perCustomer;
                }

                demand += hosted;
                if (lab.OpenWeights && hosted > 0 && lab.Alive)
                {
                    Clouds[h].RequestHosting(lab, hosted * Intensity(lab));
                }
            }

            lab.PreviousDemandShare = lab.DemandShare;
            lab.Demand = lab.Alive ? demand : 0;
            total += lab.Demand;
        }

        var adopters = Customers.Adopted;
        foreach (var lab in _labList)
        {
            lab.DemandShare = total > 0 ? lab.Demand / total : 0;
            var users = 0;
            for (var h = 0; h < Clouds.Count; h++)
            {
                for (var s = 0; s < segments.Count; s++)
                {
                    users += Customers.CountOf(s, lab.Index, h);
                }
            }

            lab.CustomerShare = adopters > 0 ? (double)users / adopters : 0;
        }

        Totals.DemandWU = total;
    }

    private void UpdateSentiment()
    {
        var p = Parameters.Market.Sentiment;
        var spend = Totals.CustomerSpend;

        // Revenue and capex are smoothed at the rate sentiment forgets (1 - rho): capex arrives in lumps,
        // and a month without deliveries must not read as an infinite revenue-to-capex ratio.
        var w = 1 - p.Persistence;
        _smoothedSpend = double.IsNaN(_smoothedSpend) ? spend : (w * spend) + ((1 - w) * _smoothedSpend);
        _smoothedCapex = double.IsNaN(_smoothedCapex) ? Totals.AiCapex : (w * Totals.AiCapex) + ((1 - w) * _smoothedCapex);
        var ratio = _smoothedCapex > 0 ? _smoothedSpend / _smoothedCapex : double.NaN;
        if (double.IsNaN(_revenueToCapexTarget) && !double.IsNaN(ratio) && ratio > 0)
        {
            _revenueToCapexTarget = ratio;
        }

        if (double.IsNaN(_expectedGrowth))
        {
            _expectedGrowth = p.ExpectedGrowth;
        }

        // Bounded so a market that starts from almost nothing (a reference price of 1e-14) cannot send
        // sentiment, and with it every valuation, to infinity; no calibrated market comes near either bound.
        var growth = Math.Min(MaxSentimentGrowth, _previousCustomerSpend > 0 ? (spend / _previousCustomerSpend) - 1 : _expectedGrowth);
        var ratioTerm = ratio > 0 && _revenueToCapexTarget > 0 ? Math.Log(ratio / _revenueToCapexTarget) : 0;
        var noise = p.Noise > 0 ? Normal.Sample(MarketRandom, 0, p.Noise) : 0;

        // ln S <- rho ln S + k_g (growth - expected) + k_r ln(ratio / target) + shocks.
        var lnS = (p.Persistence * Math.Log(Sentiment)) + (p.GrowthWeight * (growth - _expectedGrowth)) + (p.RatioWeight * ratioTerm) + noise - _freezeShock;
        Sentiment = Math.Exp(Math.Clamp(lnS, -MaxLogSentiment, MaxLogSentiment));

        // Expectations adapt to realised growth at the rate sentiment forgets (1 - rho), so a maturing
        // market is not read as a permanent disappointment.
        _expectedGrowth = (p.Persistence * _expectedGrowth) + ((1 - p.Persistence) * growth);
        _freezeShock = 0;
        _previousCustomerSpend = spend;
    }

    private void AddAlliance(AllianceParameters parameters)
    {
        var alliance = new Alliance(
            parameters,
            parameters.Clouds.Select(id => Clouds[CloudIndex(id)]).ToList(),
            parameters.Labs.Select(LabById).ToList(),
            parameters.Vendors.Select(VendorById).ToList());
        _alliances.Add(alliance);
        AllianceEffects.Schedule(this, alliance);
    }
}
