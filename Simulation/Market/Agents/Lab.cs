using MarketSim.Market.Money;
using MarketSim.Market.Parameters;

namespace MarketSim.Market.Agents;

/// <summary>
/// A model lab (docs/model.md, Labs): buys inference and training compute from its clouds, turns
/// cumulative training compute into capability, prices at a markup over unit cost, pays operating
/// costs, raises money when its runway runs short, and exits when it runs out.
/// </summary>
public sealed class Lab : Firm
{
    private readonly double _computeAnchor;
    private readonly double[] _allocation;
    private readonly double[] _inferenceRequest;
    private readonly double[] _trainingRequest;
    private readonly double[] _inferenceServed;
    private readonly double[] _trainingServed;
    private readonly double[] _servedFraction;

    internal Lab(MarketModel market, LabParameters parameters, int index)
        : base(market, parameters.Id, parameters.Name, FirmKind.Lab, parameters.Shares)
    {
        Parameters = parameters;
        Index = index;
        OpenWeights = parameters.OpenWeights;
        Capability = parameters.Capability;
        TrainingCompute = parameters.TrainingCompute;
        _computeAnchor = parameters.TrainingCompute;
        ResearchProductivity = parameters.Capability;
        Markup = parameters.Markup;
        Brand = parameters.Brand;
        Valuation = parameters.Valuation;
        LastRoundValuation = parameters.Valuation;
        var clouds = market.Clouds.Count;
        _allocation = new double[clouds];
        for (var c = 0; c < clouds; c++)
        {
            _allocation[c] = parameters.CloudAllocation.TryGetValue(market.Clouds[c].FirmId, out var share) ? share : 0;
        }

        _inferenceRequest = new double[clouds];
        _trainingRequest = new double[clouds];
        _inferenceServed = new double[clouds];
        _trainingServed = new double[clouds];
        _servedFraction = new double[clouds];
        MainCloud = market.CloudIndex(parameters.MainCloud);
    }

    /// <summary>The lab's scenario parameters.</summary>
    public LabParameters Parameters { get; }

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

    /// <summary>A: research productivity (geometric random walk).</summary>
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

    /// <summary>Restores an allocation saved by <see cref="ShiftAllocation"/>.</summary>
    internal void RestoreAllocation(double[] allocation) => Array.Copy(allocation, _allocation, _allocation.Length);

    /// <summary>Share of this tick's request that cloud <paramref name="cloud"/> served.</summary>
    public double ServedFraction(int cloud) => _servedFraction[cloud];

    /// <summary>Capability times <paramref name="factor"/> (a breakthrough), through research productivity.</summary>
    internal void Breakthrough(double factor)
    {
        ResearchProductivity *= factor;
        Capability *= factor;
    }

    /// <summary>Sets unit cost and price for this tick from the compute intensity and cloud prices.</summary>
    internal void SetPrice(double intensity)
    {
        var computePrice = 0.0;
        for (var c = 0; c < _allocation.Length; c++)
        {
            computePrice += _allocation[c] * Market.Clouds[c].Price;
        }

        UnitCost = intensity * computePrice;
        Price = OpenWeights ? UnitCost : (1 + Markup) * UnitCost;
    }

    /// <summary>Labs stage, first half: asks its clouds for inference and training compute.</summary>
    internal void PlaceOrders(double intensity)
    {
        Array.Clear(_inferenceRequest);
        Array.Clear(_trainingRequest);
        if (!Alive)
        {
            return;
        }

        // Training: tau * revenue + kappa * cash / 12, clamped to what the lab can pay (docs/model.md).
        var previousRevenue = RevenueHistory.Count > 0 ? RevenueHistory[^1] : 0;
        var budget = (Parameters.TrainingRevenueShare * previousRevenue) + (Parameters.TrainingCashShare * Math.Max(0, Cash) / 12);
        budget = Math.Min(budget, Math.Max(0, Cash));
        var inference = OpenWeights ? 0 : Demand * intensity;
        for (var c = 0; c < _allocation.Length; c++)
        {
            if (_allocation[c] <= 0)
            {
                continue;
            }

            var cloud = Market.Clouds[c];
            _inferenceRequest[c] = inference * _allocation[c];
            _trainingRequest[c] = budget * _allocation[c] / cloud.Price;
            cloud.Request(this, _inferenceRequest[c] + _trainingRequest[c]);
        }
    }

    /// <summary>
    /// A cloud served <paramref name="servedFraction"/> of this lab's request: the lab pays for it,
    /// spending compute credits on that cloud first, and returns the amount paid.
    /// </summary>
    internal double ReceiveCompute(Cloud cloud, double servedFraction)
    {
        var c = cloud.Index;
        _servedFraction[c] = servedFraction;
        _inferenceServed[c] = _inferenceRequest[c] * servedFraction;
        _trainingServed[c] = _trainingRequest[c] * servedFraction;
        var inference = _inferenceServed[c] * cloud.Price;
        var bill = inference + (_trainingServed[c] * cloud.Price);
        Market.Ledger.Transfer(Account, cloud.Account, bill, FlowKind.Compute, Market.CreditsOrigin(cloud));
        PaidCompute(bill, inference);
        return bill;
    }

    /// <summary>Records compute paid to a cloud (including take-or-pay shortfalls).</summary>
    internal void PaidCompute(double amount, double inferencePart)
    {
        ComputeSpend += amount;
        InferenceCost += inferencePart;
        Spend(amount);
    }

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
        Array.Fill(_servedFraction, 1.0);
    }

    /// <summary>
    /// Labs stage, second half: customers pay for what was served, capability grows, markup adapts,
    /// operating costs are paid, and the lab raises money or fails.
    /// </summary>
    internal void Settle(double frontierLagged)
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

        var servedFraction = requested > 0 ? served / requested : 1;
        if (!OpenWeights)
        {
            Served = Demand * servedFraction;
            var payment = Served * Price;
            Market.Ledger.Transfer(Market.CustomerAccount, Account, payment, FlowKind.CustomerPayment);
            Earn(payment);
        }
        else
        {
            Served = Market.HostingServedWU(this);
        }

        UpdateCapability(training, frontierLagged);
        UpdateMarkup(servedFraction);

        var opex = Parameters.Opex;
        Market.Ledger.Transfer(Account, Market.OutsideAccount, opex, FlowKind.Opex);
        Spend(opex);
        if (Parameters.ParentSupport > 0)
        {
            Market.Ledger.Transfer(Market.ParentAccount(this), Account, Parameters.ParentSupport, FlowKind.ParentSupport);
        }

        RaiseOrFail();
    }

    /// <summary>The lab exits: equity is worth nothing, contracts stop, customers must re-choose.</summary>
    internal void Exit()
    {
        Alive = false;
        ExitTick = Market.Steps;
        Valuation = 0;
    }

    private void UpdateCapability(double trainingServed, double frontierLagged)
    {
        TrainingCompute += trainingServed;
        var sigma = Parameters.ResearchVolatility;
        if (sigma > 0)
        {
            // Mean-preserving geometric random walk: E[A_t+1] = A_t.
            var z = MathNet.Numerics.Distributions.Normal.Sample(Market.LabRandom, 0, 1);
            ResearchProductivity *= Math.Exp((sigma * z) - (sigma * sigma / 2));
        }

        // K = A (C / C0)^alpha, with A anchored so K(0) is the scenario's capability.
        Capability = ResearchProductivity * Math.Pow(TrainingCompute / _computeAnchor, Market.Parameters.Market.CapabilityExponent);
        if (OpenWeights && frontierLagged > Capability)
        {
            Capability = frontierLagged;
        }
    }

    private void UpdateMarkup(double servedFraction)
    {
        if (OpenWeights)
        {
            return;
        }

        var threshold = Market.Parameters.Market.MarkupShareThreshold;
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

    private void RaiseOrFail()
    {
        var funding = Market.Parameters.Market.Funding;
        var burn = Costs - Revenue - Parameters.ParentSupport;
        if (burn > 0 && Cash < funding.RunwayMin * burn)
        {
            var asked = funding.RaiseMonths * burn;
            var raised = Market.Funding.Raise(this, asked);
            RaisedThisTick = raised;
            if (raised < asked * (1 - 1e-9))
            {
                FailedRounds++;
            }
        }

        if (Cash < 0)
        {
            MonthsNegative++;
            if (MonthsNegative > funding.FailureGraceMonths)
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
