using MarketSim.Market.Money;
using MarketSim.Market.Parameters;

namespace MarketSim.Market.Agents;

/// <summary>
/// A cloud provider's AI business (docs/model.md, Clouds): a fleet by vintage, compute sold to labs,
/// open-weights hosting and background workloads, rationing when short, a utilisation-driven price, and
/// capacity orders to vendors from a demand forecast scaled by sentiment.
/// </summary>
public sealed class Cloud : Firm
{
    private readonly List<Vintage> _fleet = [];
    private readonly List<(Lab? Lab, double Amount, bool Priority, RequestKind Kind)> _requests = [];
    private double _lastDemand;
    private double _smoothedGrowth;

    internal Cloud(MarketModel market, CloudParameters parameters, int index)
        : base(market, parameters.Id, parameters.Name, FirmKind.Cloud, parameters.Shares)
    {
        Parameters = parameters;
        Index = index;
        Price = parameters.Price;
        BackgroundDemand = parameters.BackgroundDemand;

        // Until a demand history exists, capacity planning assumes the background trend.
        _smoothedGrowth = parameters.BackgroundGrowth;

        // The tick-0 fleet has evenly spread ages, so 1/life of it retires each month.
        var slice = parameters.Capacity / parameters.Life;
        for (var age = 0; age < parameters.Life; age++)
        {
            _fleet.Add(new Vintage(slice, parameters.FleetCostPerCU, parameters.Life - age, string.Empty));
        }

        Capacity = parameters.Capacity;
    }

    /// <summary>The cloud's scenario parameters.</summary>
    public CloudParameters Parameters { get; }

    /// <summary>Position among the market's clouds.</summary>
    public int Index { get; }

    /// <summary>Fleet capacity, million CU per month.</summary>
    public double Capacity { get; private set; }

    /// <summary>Price per CU, USD billion per million CU.</summary>
    public double Price { get; internal set; }

    /// <summary>Background AI compute demand this tick, million CU.</summary>
    public double BackgroundDemand { get; private set; }

    /// <summary>Compute requested this tick, million CU.</summary>
    public double Demand { get; private set; }

    /// <summary>Compute served this tick, million CU.</summary>
    public double ServedCompute { get; private set; }

    /// <summary>Capacity when this tick's requests were served (before retirements and deliveries).</summary>
    public double ServingCapacity { get; private set; }

    /// <summary>Served over the capacity it was served from.</summary>
    public double Utilisation => ServingCapacity > 0 ? ServedCompute / ServingCapacity : 0;

    /// <summary>Accelerators paid for this tick, USD billion.</summary>
    public double ChipCapex { get; private set; }

    /// <summary>Data-centre costs paid this tick for new capacity, USD billion.</summary>
    public double FacilityCapex { get; private set; }

    /// <summary>AI capex this tick: chips plus facilities.</summary>
    public double Capex => ChipCapex + FacilityCapex;

    /// <summary>Compute revenue from labs this tick (including take-or-pay), USD billion.</summary>
    public double LabRevenue { get; private set; }

    /// <summary>Open-weights hosting revenue this tick.</summary>
    public double HostingRevenue { get; private set; }

    /// <summary>Capacity on order at vendors, million CU.</summary>
    public double OnOrder { get; internal set; }

    /// <summary>Capacity ordered this tick, million CU.</summary>
    public double OrderedThisTick { get; private set; }

    /// <summary>Depreciation this tick.</summary>
    public double Depreciation { get; private set; }

    /// <summary>Multiplies the price (a price war), keeping the floor at cost.</summary>
    internal void CutPrice(double cut) => Price = Math.Max(CostPerCU(), Price * (1 - cut));

    /// <summary>Records an alliance exit penalty received.</summary>
    internal void EarnPenalty(double amount) => Earn(amount);

    /// <summary>Clears the tick's tallies.</summary>
    internal void BeginCloudTick()
    {
        _requests.Clear();
        Demand = 0;
        ServedCompute = 0;
        ChipCapex = 0;
        FacilityCapex = 0;
        LabRevenue = 0;
        HostingRevenue = 0;
        OrderedThisTick = 0;
        Depreciation = 0;
    }

    /// <summary>A lab asks for compute this tick.</summary>
    internal void Request(Lab lab, double amount) =>
        _requests.Add((lab, amount, Market.HasPriority(lab, this), RequestKind.LabCompute));

    /// <summary>Customers of an open-weights lab on this home cloud ask for hosting compute.</summary>
    internal void RequestHosting(Lab lab, double amount) => _requests.Add((lab, amount, false, RequestKind.Hosting));

    /// <summary>
    /// Clouds stage, first half: serves requests within capacity (committed and alliance partners first,
    /// the rest pro rata), bills labs, hosting customers and background workloads, then take-or-pay.
    /// </summary>
    internal void Serve(int tick)
    {
        if (tick > 0)
        {
            BackgroundDemand *= 1 + DecayingGrowth.Rate(Parameters.BackgroundGrowth, Parameters.BackgroundGrowthHalfLife, tick - 1);
        }

        _requests.Add((null, BackgroundDemand, false, RequestKind.Background));
        var priority = 0.0;
        var rest = 0.0;
        foreach (var r in _requests)
        {
            if (r.Priority)
            {
                priority += r.Amount;
            }
            else
            {
                rest += r.Amount;
            }
        }

        Demand = priority + rest;
        ServingCapacity = Capacity;
        var priorityFraction = priority <= Capacity ? 1 : Capacity / priority;
        var left = Math.Max(0, Capacity - (priority * priorityFraction));
        var restFraction = rest <= left ? 1 : left / rest;
        foreach (var (lab, amount, isPriority, kind) in _requests)
        {
            var fraction = isPriority ? priorityFraction : restFraction;
            var served = amount * fraction;
            ServedCompute += served;
            var bill = served * Price;
            switch (kind)
            {
                case RequestKind.LabCompute:
                    var paid = lab!.ReceiveCompute(this, fraction);
                    LabRevenue += paid;
                    Earn(paid);
                    Market.RecordContractPayment(lab, this, paid);
                    break;
                case RequestKind.Hosting:
                    Market.Ledger.Transfer(Market.CustomerAccount, Account, bill, FlowKind.Hosting);
                    Market.AddHosting(lab!, served, bill);
                    HostingRevenue += bill;
                    Earn(bill);
                    break;
                default:
                    Market.Ledger.Transfer(Market.BackgroundAccount, Account, bill, FlowKind.BackgroundCompute);
                    Earn(bill);
                    break;
            }
        }

        foreach (var (lab, shortfall) in Market.TakeOrPay(this))
        {
            Market.Ledger.Transfer(lab.Account, Account, shortfall, FlowKind.Compute, Market.CreditsOrigin(this));
            lab.PaidCompute(shortfall, 0);
            LabRevenue += shortfall;
            Earn(shortfall);
        }
    }

    /// <summary>
    /// Clouds stage, second half: retires and depreciates the fleet, pays operating costs, moves the price
    /// with utilisation, and orders accelerators for the forecast demand.
    /// </summary>
    internal void Invest(int tick, double optimism)
    {
        var life = Parameters.Life;
        _fleet.RemoveAll(v => v.RetiresAt <= tick);
        Capacity = 0;
        foreach (var v in _fleet)
        {
            Capacity += v.Capacity;
            Depreciation += v.Capacity * v.CostPerCU / life;
        }

        Spend(Depreciation);
        var opex = Parameters.OperatingCostPerCU * Capacity;
        Market.Ledger.Transfer(Account, Market.OutsideAccount, opex, FlowKind.Opex);
        Spend(opex);

        // p <- p (1 + gamma (u - u_target)), never below cost per CU.
        var utilisation = ServingCapacity > 0 ? ServedCompute / ServingCapacity : 1;
        Price = Math.Max(CostPerCU(), Price * (1 + (Parameters.PriceAdjustment * (utilisation - Parameters.TargetUtilisation))));

        // Forecast: smoothed demand growth extrapolated over the lead time.
        if (_lastDemand > 0)
        {
            var growth = (Demand / _lastDemand) - 1;
            var w = Parameters.ForecastSmoothing;
            _smoothedGrowth = (w * growth) + ((1 - w) * _smoothedGrowth);
        }

        _lastDemand = Demand;
        // Optimism scales the growth the cloud extrapolates, not the level: a booming market is overbuilt,
        // a mature one is not overbuilt by a constant factor forever.
        var growthAhead = _smoothedGrowth > 0 ? _smoothedGrowth * optimism : _smoothedGrowth;
        var forecast = Demand * Math.Pow(1 + Math.Max(-0.5, growthAhead), Parameters.LeadTime);
        var target = forecast * (1 + Parameters.Headroom);
        var retiring = 0.0;
        foreach (var v in _fleet)
        {
            if (v.RetiresAt <= tick + Parameters.LeadTime)
            {
                retiring += v.Capacity;
            }
        }

        var gap = target - (Capacity - retiring + OnOrder);
        if (gap > 0)
        {
            OrderedThisTick = gap;
            Market.PlaceChipOrders(this, gap);
        }

    }

    /// <summary>A vendor shipped units: the cloud pays for chips and facilities and the fleet grows.</summary>
    internal void Receive(Vendor vendor, double units, double computePerUnit, double unitPrice, int tick)
    {
        var chips = units * unitPrice;
        Market.Ledger.Transfer(Account, vendor.Account, chips, FlowKind.Chips);
        ChipCapex += chips;
        var capacity = units * computePerUnit / 1000;
        var facilities = chips * Parameters.FacilityCostRatio;
        Market.Ledger.Transfer(Account, Market.OutsideAccount, facilities, FlowKind.Facilities);
        FacilityCapex += facilities;
        OnOrder = Math.Max(0, OnOrder - capacity);
        _fleet.Add(new Vintage(capacity, (chips + facilities) / capacity, tick + Parameters.Life, vendor.FirmId));
        Capacity += capacity;
    }

    private double CostPerCU() =>
        Capacity > 0 ? (Depreciation + (Parameters.OperatingCostPerCU * Capacity)) / Capacity : 0;

    private enum RequestKind
    {
        LabCompute,
        Hosting,
        Background,
    }
}
