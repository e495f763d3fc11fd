using MarketSim.Engine;
using MarketSim.Market.Money;
using MarketSim.Market.Parameters;

namespace MarketSim.Market.Agents;

/// <summary>
/// A model lab (docs/model.md, Labs): buys inference and training compute from its clouds, turns
/// cumulative training compute into capability, prices at a markup over unit cost, pays operating
/// costs, raises money when its runway runs short, and exits when it runs out.
/// </summary>
public sealed partial class Lab : Firm
{
    private readonly double _computeAnchor;
    private readonly double[] _allocation;
    private readonly double[] _inferenceRequest;
    private readonly double[] _trainingRequest;
    private readonly double[] _inferenceServed;
    private readonly double[] _trainingServed;
    private readonly double[] _servedFraction;
    private readonly double[] _share;
    private readonly double[] _lastServedFraction;
    private readonly IReadOnlyList<Cloud> _clouds;
    private readonly MarketParameters _market;
    private readonly RandomStream _random;
    private double _productivity0;
    private double _knowledge0;
    private double _deviation;
    private int _knowledgeStart = -1;

    internal Lab(FirmServices services, MarketParameters market, RandomStream random, IReadOnlyList<Cloud> clouds, LabParameters parameters, int index)
        : base(services, parameters.Id, parameters.Name, FirmKind.Lab, parameters.Shares)
    {
        _clouds = clouds;
        _market = market;
        _random = random;
        Parameters = parameters;
        Index = index;
        OpenWeights = parameters.OpenWeights;
        Capability = parameters.Capability;
        TrainingCompute = parameters.TrainingCompute;
        _computeAnchor = parameters.TrainingCompute;
        ResearchProductivity = parameters.Capability;
        _productivity0 = parameters.Capability;
        Markup = parameters.Markup;
        Brand = parameters.Brand;
        Valuation = parameters.Valuation;
        LastRoundValuation = parameters.Valuation;
        var count = clouds.Count;
        _allocation = new double[count];
        MainCloud = -1;
        for (var c = 0; c < count; c++)
        {
            _allocation[c] = parameters.CloudAllocation.TryGetValue(clouds[c].FirmId, out var share) ? share : 0;
            if (clouds[c].FirmId == parameters.MainCloud)
            {
                MainCloud = c;
            }
        }

        if (MainCloud < 0)
        {
            throw new ArgumentException($"No cloud '{parameters.MainCloud}'.", nameof(parameters));
        }

        _inferenceRequest = new double[count];
        _trainingRequest = new double[count];
        _inferenceServed = new double[count];
        _trainingServed = new double[count];
        _servedFraction = new double[count];
        _share = (double[])_allocation.Clone();
        _lastServedFraction = new double[count];
        Array.Fill(_servedFraction, 1.0);
        Array.Fill(_lastServedFraction, 1.0);
    }

    /// <summary>The lab's scenario parameters.</summary>
    public LabParameters Parameters { get; }

    /// <inheritdoc />
    internal override double StartingCash => Parameters.Cash;

    /// <summary>Position among the market's labs.</summary>
    public int Index { get; }

    /// <summary>Open-weights labs sell nothing themselves; clouds host their models at cost.</summary>
    public bool OpenWeights { get; }

    /// <summary>Index of the cloud the lab is native to.</summary>
    public int MainCloud { get; }

    /// <summary>K: capability index (GPT-5 = 1.0).</summary>
    public double Capability { get; private set; }

    /// <summary>C: cumulative training compute, million CU.</summary>
    public double TrainingCompute { get; private set; }

    /// <summary>Bk: knowledge stock under v2 capability (docs/model.md 3.3.5b), million CU; 0 before the lab's first settle or under v1.</summary>
    public double KnowledgeStock { get; private set; }

    /// <summary>a: the mean-reverting deviation of ln research productivity under v2 capability.</summary>
    public double ProductivityDeviation => _deviation;

    /// <summary>A: research productivity (geometric random walk; under v2, drift times the OU deviation).</summary>
    public double ResearchProductivity { get; private set; }

    /// <summary>m: markup over unit cost.</summary>
    public double Markup { get; private set; }

    /// <summary>Brand utility constant (solved at tick 0 when initial shares are given).</summary>
    public double Brand { get; internal set; }

    /// <summary>Price per WU for a closed lab this tick, USD billion per million WU (open weights: average hosting price).</summary>
    public double Price { get; internal set; }

    /// <summary>Unit cost per WU this tick (CU per WU times the lab's average compute price).</summary>
    public double UnitCost { get; private set; }

    /// <summary>WU demanded this tick, million.</summary>
    public double Demand { get; internal set; }

    /// <summary>WU served this tick, million.</summary>
    public double Served { get; private set; }

    /// <summary>Share of all WU demanded this tick.</summary>
    public double DemandShare { get; internal set; }

    /// <summary>Share of adopters using this lab (its market share: shares sum to 1 over adopters).</summary>
    public double CustomerShare { get; internal set; }

    /// <summary>Demand share last tick (for the markup rule).</summary>
    public double PreviousDemandShare { get; internal set; }

    /// <summary>Compute paid to clouds this tick (inference, training and take-or-pay), USD billion.</summary>
    public double ComputeSpend { get; private set; }

    /// <summary>Inference compute cost this tick, for the gross margin.</summary>
    public double InferenceCost { get; private set; }

    /// <summary>Post-money valuation of the last round.</summary>
    public double LastRoundValuation { get; internal set; }

    /// <summary>Money raised in rounds this tick.</summary>
    public double RaisedThisTick { get; private set; }

    /// <summary>Rounds attempted that raised less than asked, cumulative.</summary>
    public int FailedRounds { get; private set; }

    /// <summary>Consecutive months at negative cash.</summary>
    public int MonthsNegative { get; private set; }

    /// <summary>Tick of exit, or -1.</summary>
    public int ExitTick { get; private set; } = -1;

    /// <summary>Share of the lab's compute bought from cloud <paramref name="cloud"/>.</summary>
    public double Allocation(int cloud) => _allocation[cloud];

    /// <summary>a_jc: the share of compute the lab buys from cloud <paramref name="cloud"/> now (v2 allocation; the affinity <see cref="Allocation"/> under v1).</summary>
    public double CurrentAllocation(int cloud) => _market.Allocation is null ? _allocation[cloud] : _share[cloud];

    /// <summary>Moves <paramref name="share"/> of the lab's compute to <paramref name="cloud"/> (vertical alliance); returns the allocation before, to restore when the alliance ends.</summary>
    internal double[] ShiftAllocation(int cloud, double share)
    {
        var before = (double[])_allocation.Clone();
        for (var c = 0; c < _allocation.Length; c++)
        {
            _allocation[c] *= 1 - share;
        }

        _allocation[cloud] += share;
        return before;
    }

    /// <summary>Under the finance section the failure test is the finance stage's (docs/model.md 3.3.16), not the labs stage's.</summary>
    internal bool DefaultsAtFinance { get; set; }

    /// <summary>
    /// A cloud defaulted: its share of the lab's compute is spread over the other clouds in proportion to their shares,
    /// or evenly over the live clouds when it was the lab's only one (docs/model.md 3.3.16).
    /// </summary>
    internal void DropCloud(int cloud, IReadOnlyList<Cloud> clouds)
    {
        foreach (var shares in new[] { _allocation, _share })
        {
            shares[cloud] = 0;
            KeepLiveClouds(shares, clouds);
        }
    }

    /// <summary>Replaces the lab's affinity (an allocation-change event); a cloud that has defaulted keeps no share, as in <see cref="RestoreAllocation"/>.</summary>
    internal void SetAllocation(double[] affinity) => RestoreAllocation(affinity);

    /// <summary>
    /// Restores an allocation saved by <see cref="ShiftAllocation"/>. A cloud that has defaulted since keeps no share:
    /// the restored shares are spread over the live clouds as <see cref="DropCloud"/> spreads a dead cloud's.
    /// </summary>
    internal void RestoreAllocation(double[] allocation)
    {
        Array.Copy(allocation, _allocation, _allocation.Length);
        if (_clouds.Any(c => !c.Alive))
        {
            KeepLiveClouds(_allocation, _clouds);
        }
    }

    // Dead clouds' shares go to the live clouds in proportion to theirs, or evenly when none of them had one.
    private static void KeepLiveClouds(double[] shares, IReadOnlyList<Cloud> clouds)
    {
        for (var c = 0; c < shares.Length; c++)
        {
            shares[c] = clouds[c].Alive ? shares[c] : 0;
        }

        var rest = shares.Sum();
        var live = clouds.Count(c => c.Alive);
        for (var c = 0; c < shares.Length; c++)
        {
            shares[c] = rest > 0 ? shares[c] / rest : clouds[c].Alive ? 1.0 / live : 0;
        }
    }

    /// <summary>Share of this tick's request that cloud <paramref name="cloud"/> served.</summary>
    public double ServedFraction(int cloud) => _servedFraction[cloud];

    /// <summary>Sets unit cost and price for this tick from the compute intensity and cloud prices.</summary>
    internal void SetPrice(double intensity)
    {
        var computePrice = 0.0;
        var shares = _market.Allocation is null ? _allocation : _share;
        var placed = 0.0;
        for (var c = 0; c < shares.Length; c++)
        {
            computePrice += shares[c] * _clouds[c].Price;
            placed += shares[c];
        }

        if (placed <= 0)
        {
            // Every cloud has defaulted: there is no compute price to mark up, and nothing to serve with, so the
            // lab keeps its last price (its requests go unserved and it earns nothing).
            return;
        }

        // docs/model.md (5.2)
        UnitCost = intensity * computePrice;
        Price = OpenWeights ? UnitCost : (1 + Markup) * UnitCost;
    }

    // v2 allocation (docs/model.md 3.3.5c): the take-or-pay minimums first, the rest by a_jc, which moves
    // toward the affinity-weighted, served-fraction-weighted share of p_c^-beta_a.
    /// <summary>Records an alliance exit penalty paid.</summary>
    internal void PayPenalty(double amount) => Spend(amount);

    /// <summary>Clears the tick's purchases.</summary>
    internal void BeginLabTick()
    {
        ComputeSpend = 0;
        InferenceCost = 0;
        RaisedThisTick = 0;
        Served = 0;
        Array.Clear(_inferenceServed);
        Array.Clear(_trainingServed);
        Array.Copy(_servedFraction, _lastServedFraction, _servedFraction.Length);
        Array.Fill(_servedFraction, 1.0);
    }

    /// <summary>
    /// Labs stage, second half: customers pay for what was served (an open-weights lab's served WU are
    /// <paramref name="hostingServedWU"/>, counted by the compute exchange), capability grows, markup
    /// adapts, operating costs are paid, and the lab raises money in <paramref name="funding"/> or fails.
    /// </summary>
    internal void Settle(double frontierLagged, double hostingServedWU, FundingMarket funding)
    {
        if (!Alive)
        {
            return;
        }

        var requested = 0.0;
        var served = 0.0;
        var training = 0.0;
        for (var c = 0; c < _allocation.Length; c++)
        {
            requested += _inferenceRequest[c];
            served += _inferenceServed[c];
            training += _trainingServed[c];
        }

        // A lab left without any live cloud (every cloud defaulted) asks for nothing and serves nothing.
        var servedFraction = requested > 0 ? served / requested : _allocation.Sum() > 0 ? 1 : 0;
        if (!OpenWeights)
        {
            Served = Demand * servedFraction;
            // docs/model.md (5.6)
            var payment = Served * Price;
            Ledger.Transfer(Outside.Customers, Account, payment, FlowKind.CustomerPayment);
            Earn(payment);
        }
        else
        {
            Served = hostingServedWU;
        }

        if (_market.Knowledge is { } knowledge)
        {
            UpdateKnowledge(training, knowledge);
        }
        else
        {
            UpdateCapability(training, frontierLagged);
        }

        UpdateMarkup(servedFraction);

        var opex = Parameters.Opex;
        Ledger.Transfer(Account, Outside.Outside, opex, FlowKind.Opex);
        Spend(opex);
        if (Parameters.ParentSupport > 0)
        {
            Ledger.Transfer(Outside.Parent(FirmId), Account, Parameters.ParentSupport, FlowKind.ParentSupport);
        }

        RaiseOrFail(funding);
    }

    /// <summary>The lab exits: equity is worth nothing, contracts stop, customers must re-choose.</summary>
    internal void Exit()
    {
        Alive = false;
        ExitTick = Model.Steps;
        Valuation = 0;
    }

    // v2 capability (docs/model.md 3.3.5b): a depreciating knowledge stock fed by training compute, and
    // research productivity drifting at g_A with a mean-reverting deviation; the open-weights cap is applied
    // by the frontier stage, once F(t) is known.
    private void UpdateMarkup(double servedFraction)
    {
        if (OpenWeights)
        {
            return;
        }

        var threshold = _market.MarkupShareThreshold;
        // docs/model.md (5.10)
        var change = PreviousDemandShare > 0 ? (DemandShare / PreviousDemandShare) - 1 : 0;
        var step = Parameters.MarkupStep;
        if (servedFraction < 1 - 1e-9 || change > threshold)
        {
            Markup += step;
        }
        else if (change < -threshold)
        {
            Markup -= step;
        }

        Markup = Math.Clamp(Markup, Parameters.MarkupMin, Parameters.MarkupMax);
    }

    private void RaiseOrFail(FundingMarket market)
    {
        var funding = _market.Funding;
        var burn = Costs - Revenue - Parameters.ParentSupport;
        if (burn > 0 && Cash < funding.RunwayMin * burn)
        {
            // docs/model.md (5.11)
            var asked = funding.RaiseMonths * burn;
            var raised = market.Raise(this, asked);
            RaisedThisTick = raised;
            if (raised < asked * (1 - 1e-9))
            {
                FailedRounds++;
            }
        }

        if (Cash < 0)
        {
            MonthsNegative++;
            // docs/model.md (5.14)
            if (MonthsNegative > funding.FailureGraceMonths && !DefaultsAtFinance)
            {
                Exit();
            }
        }
        else
        {
            MonthsNegative = 0;
        }
    }
}
