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
    private double _lastDemand;
    private double _smoothedGrowth;
    private SupplyParameters? _supply;

    internal Cloud(FirmServices services, CloudParameters parameters, int index)
        : base(services, parameters.Id, parameters.Name, FirmKind.Cloud, parameters.Shares)
    {
        Parameters = parameters;
        Index = index;
        Price = parameters.Price;
        BackgroundDemand = parameters.BackgroundDemand;

        // Until a demand history exists, capacity planning assumes the background trend.
        _smoothedGrowth = parameters.BackgroundGrowth;

        var slices = TickZeroFleet.Slices(parameters.Capacity, parameters.Life, parameters.FleetGrowth);
        for (var age = 0; age < parameters.Life; age++)
        {
            _fleet.Add(new Vintage(slices[age], parameters.FleetCostPerCU, parameters.Life - age, string.Empty));
        }

        Capacity = parameters.Capacity;
    }

    /// <summary>The cloud's scenario parameters.</summary>
    public CloudParameters Parameters { get; }

    /// <inheritdoc />
    internal override double StartingCash => Parameters.Cash;

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

    /// <summary>
    /// Captive revenue this tick (v2 workloads): the parent's own products billed at the transfer price, USD billion.
    /// Included in <see cref="Firm.Revenue"/>; the value of these products sits with the parent (docs/model.md 3.3.2c).
    /// </summary>
    public double CaptiveRevenue { get; private set; }

    /// <summary>Captive compute served this tick, million CU.</summary>
    public double CaptiveServed { get; private set; }

    /// <summary>Revenue from other AI customers this tick (v2 workloads, at list), USD billion.</summary>
    public double OtherAiRevenue { get; private set; }

    /// <summary>Revenue from outside the parent: <see cref="Firm.Revenue"/> less <see cref="CaptiveRevenue"/>.</summary>
    public double ExternalRevenue => Revenue - CaptiveRevenue;

    /// <summary>This tick's costs attributed to captive workloads, pro rata to the compute served.</summary>
    public double CaptiveCost => CaptiveServed > 0 && ServedCompute > 0 ? Costs * CaptiveServed / ServedCompute : 0;

    /// <summary>Profit without the captive workloads (their revenue and their share of costs): what the AI business is valued on.</summary>
    public double ExternalProfit => CaptiveRevenue == 0 && CaptiveServed == 0 ? Profit : Profit - CaptiveRevenue + CaptiveCost;

    /// <summary>Capacity on order at vendors, million CU.</summary>
    public double OnOrder { get; internal set; }

    /// <summary>Value of open orders at vendors (chips and the facilities they will need), USD billion.</summary>
    public double OpenOrderValue { get; internal set; }

    /// <summary>The user-cost price rule, when the scenario selects it.</summary>
    public UserCostPricing? Pricing { get; private set; }

    /// <summary>The backlog capex rule, when the scenario selects it.</summary>
    public CapexPlanner? Planner { get; private set; }

    /// <summary>Capacity ordered this tick, million CU.</summary>
    public double OrderedThisTick { get; private set; }

    /// <summary>Depreciation this tick.</summary>
    public double Depreciation { get; private set; }

    /// <summary>
    /// Multiplies the price (a price war), keeping the floor at cost; under the user-cost rule the markup is cut too,
    /// for <paramref name="months"/> months (null: the rest of the run), so the price does not drift straight back.
    /// </summary>
    internal void CutPrice(double cut, int tick, int? months)
    {
        Price = Math.Max(Pricing is null ? CostPerCU() : Parameters.OperatingCostPerCU, Price * (1 - cut));
        Pricing?.CutMarkup(cut, months is { } m ? tick + m : int.MaxValue);
    }

    /// <summary>Switches on the v2 rules <paramref name="supply"/> selects (docs/model.md 3.3.6).</summary>
    internal void UseSupply(SupplyParameters supply)
    {
        _supply = supply;
        Pricing = supply.PriceRule == PriceRule.UserCost ? new UserCostPricing(supply) : null;
        Planner = supply.CapexRule == CapexRule.Backlog ? new CapexPlanner(supply, Parameters.BackgroundGrowth) : null;
    }

    /// <summary>The fleet by vintage.</summary>
    internal IReadOnlyList<Vintage> Fleet => _fleet;

    /// <summary>
    /// K*: the capacity the cloud plans to hold, for a fleet sale (docs/model.md (16.10)): the backlog rule's target,
    /// or, under the v1 forecast rule, this tick's demand at the target utilisation.
    /// </summary>
    internal double TargetCapacity => Planner is { TargetCapacity: > 0 } planner ? planner.TargetCapacity : Demand / Parameters.TargetUtilisation;

    /// <summary>Adds vintages bought from a defaulted cloud (not capex: no vendor is paid).</summary>
    internal void AddVintages(IEnumerable<Vintage> vintages)
    {
        foreach (var v in vintages)
        {
            _fleet.Add(v);
            Capacity += v.Capacity;
        }
    }

    /// <summary>A defaulted cloud's fleet is sold or scrapped and its open orders are gone.</summary>
    internal void ClearFleet()
    {
        _fleet.Clear();
        Capacity = 0;
        OnOrder = 0;
        OpenOrderValue = 0;
    }

    /// <summary>Records an alliance exit penalty received.</summary>
    internal void EarnPenalty(double amount) => Earn(amount);

    /// <summary>Clears the tick's tallies.</summary>
    internal void BeginCloudTick()
    {
        Demand = 0;
        ServedCompute = 0;
        ChipCapex = 0;
        FacilityCapex = 0;
        LabRevenue = 0;
        HostingRevenue = 0;
        CaptiveRevenue = 0;
        CaptiveServed = 0;
        OtherAiRevenue = 0;
        OrderedThisTick = 0;
        Depreciation = 0;
    }

    /// <summary>Background demand grows along its decaying trend before the tick's requests are served (docs/model.md 3.3.6).</summary>
    internal void AdvanceBackground(int tick)
    {
        if (tick > 0)
        {
            // docs/model.md (6.1)
            BackgroundDemand *= 1 + DecayingGrowth.Rate(Parameters.BackgroundGrowth, Parameters.BackgroundGrowthHalfLife, tick - 1);
        }
    }

    /// <summary>The compute exchange starts serving <paramref name="demand"/> from the current capacity.</summary>
    internal void BeginServing(double demand)
    {
        Demand = demand;
        ServingCapacity = Capacity;
    }

    /// <summary>Adds compute served this tick.</summary>
    internal void RecordServed(double served) => ServedCompute += served;

    /// <summary>Books compute revenue from a lab (a bill or a take-or-pay shortfall).</summary>
    internal void EarnCompute(double amount)
    {
        LabRevenue += amount;
        Earn(amount);
    }

    /// <summary>Books open-weights hosting revenue.</summary>
    internal void EarnHosting(double amount)
    {
        HostingRevenue += amount;
        Earn(amount);
    }

    /// <summary>Books revenue from background workloads.</summary>
    internal void EarnBackground(double amount) => Earn(amount);

    /// <summary>Books captive revenue: <paramref name="served"/> million CU at the transfer price, paid by the parent.</summary>
    internal void EarnCaptive(double amount, double served)
    {
        CaptiveRevenue += amount;
        CaptiveServed += served;
        Earn(amount);
    }

    /// <summary>Books revenue from other AI customers.</summary>
    internal void EarnOtherAi(double amount)
    {
        OtherAiRevenue += amount;
        Earn(amount);
    }

    /// <summary>
    /// The book user cost per CU-month of the fleet as it stands: straight-line depreciation of its book cost plus cash
    /// operating cost, over capacity (the v1 cost floor, no return on capital). The transfer price reads it when the cloud
    /// does not price by user cost (docs/model.md (2.14)).
    /// </summary>
    internal double BookUserCost()
    {
        var capacity = 0.0;
        var depreciation = 0.0;
        foreach (var v in _fleet)
        {
            capacity += v.Capacity;
            depreciation += v.Capacity * v.CostPerCU / Parameters.Life;
        }

        return capacity > 0 ? (depreciation / capacity) + Parameters.OperatingCostPerCU : Parameters.OperatingCostPerCU;
    }

    /// <summary>
    /// Clouds stage, second half: retires and depreciates the fleet, pays operating costs, moves the price
    /// with utilisation, and returns the capacity (million CU) to order for the forecast demand, which chip
    /// procurement splits among vendors.
    /// </summary>
    internal double Invest(int tick, double optimism, in CloudOutlook outlook)
    {
        if (!Alive)
        {
            return 0;
        }

        var life = Parameters.Life;
        _fleet.RemoveAll(v => v.RetiresAt <= tick);
        Capacity = 0;
        foreach (var v in _fleet)
        {
            Capacity += v.Capacity;
            // docs/model.md (6.5)
            Depreciation += v.Capacity * v.CostPerCU / life;
        }

        Spend(Depreciation);
        var opex = Parameters.OperatingCostPerCU * Capacity;
        Ledger.Transfer(Account, Outside.Outside, opex, FlowKind.Opex);
        Spend(opex);

        // p <- p (1 + gamma (u - u_target)), never below cost per CU.
        var utilisation = ServingCapacity > 0 ? ServedCompute / ServingCapacity : 1;
        if (Pricing is not null)
        {
            Price = Pricing.Update(tick, Price, utilisation, outlook.NewCapacityCost, Parameters);
        }
        else
        {
            // docs/model.md (6.6)
            Price = Math.Max(CostPerCU(), Price * (1 + (Parameters.PriceAdjustment * (utilisation - Parameters.TargetUtilisation))));
        }

        if (Planner is not null && _supply is not null)
        {
            return PlanCapex(tick, outlook, _supply, Planner);
        }

        // Forecast: smoothed demand growth extrapolated over the lead time.
        if (_lastDemand > 0)
        {
            var growth = (Demand / _lastDemand) - 1;
            var w = Parameters.ForecastSmoothing;
            // docs/model.md (6.7)
            _smoothedGrowth = (w * growth) + ((1 - w) * _smoothedGrowth);
        }

        _lastDemand = Demand;
        // Optimism scales the growth the cloud extrapolates, not the level: a booming market is overbuilt,
        // a mature one is not overbuilt by a constant factor forever.
        // docs/model.md (6.8)
        var growthAhead = _smoothedGrowth > 0 ? _smoothedGrowth * optimism : _smoothedGrowth;
        // docs/model.md (6.9)
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

        // docs/model.md (6.10)
        var gap = target - (Capacity - retiring + OnOrder);
        if (gap > 0)
        {
            OrderedThisTick = gap;
            return gap;
        }

        return 0;
    }

    /// <summary>A vendor shipped units: the cloud pays for chips and facilities and the fleet grows.</summary>
    internal void Receive(Vendor vendor, double units, double computePerUnit, double unitPrice, int tick)
    {
        var chips = units * unitPrice;
        Ledger.Transfer(Account, vendor.Account, chips, FlowKind.Chips);
        ChipCapex += chips;
        var capacity = units * computePerUnit / 1000;
        // docs/model.md (6.12)
        var facilities = chips * Parameters.FacilityCostRatio;
        Ledger.Transfer(Account, Outside.Outside, facilities, FlowKind.Facilities);
        FacilityCapex += facilities;
        OnOrder = Math.Max(0, OnOrder - capacity);
        OpenOrderValue = Math.Max(0, OpenOrderValue - chips - facilities);
        _fleet.Add(new Vintage(capacity, (chips + facilities) / capacity, tick + Parameters.Life, vendor.FirmId));
        Capacity += capacity;
    }

    // docs/model.md (6.17)-(6.21): contracted backlog plus expected growth of free demand over L_p, the supply line
    // adjusted over T_adj, bounded by cash plus the credit line less orders already open.
    private double PlanCapex(int tick, in CloudOutlook outlook, SupplyParameters supply, CapexPlanner planner)
    {
        // docs/model.md (6.19a): demand from labs contracted within the horizon is covered by their contracts.
        var contractedNow = Price > 0 ? outlook.ContractedNow / Price : 0;
        var covered = Math.Max(contractedNow, outlook.ContractedLabDemand);
        var freeDemand = Math.Max(0, Demand - covered);
        planner.Observe(Demand, covered, Parameters.ForecastSmoothing, outlook.MarketGrowth);
        var targetPrice = Pricing?.TargetPrice ?? Price;
        var contractedAhead = Math.Max(targetPrice > 0 ? outlook.ContractedAhead / targetPrice : 0, outlook.ContractedLabDemand);
        double retiring = 0, retiringNext = 0;
        foreach (var v in _fleet)
        {
            retiring += v.RetiresAt <= tick + supply.PlanningHorizon ? v.Capacity : 0;
            retiringNext += v.RetiresAt == tick + supply.PlanningHorizon + 1 ? v.Capacity : 0;
        }

        if (outlook.SupplyLineNext is { } next)
        {
            planner.RevealGrowth(next, contractedAhead, freeDemand, Parameters.TargetUtilisation, Capacity, retiring, retiringNext, OnOrder, outlook.MarketGrowth);
        }

        var order = planner.Order(contractedAhead, freeDemand, Parameters.TargetUtilisation, Capacity, retiring, retiringNext, OnOrder);
        if (order > 0 && outlook.NewCapacityCost > 0)
        {
            // docs/model.md (6.21)
            var affordable = Math.Max(0, Cash + outlook.CreditLine - OpenOrderValue);
            order = Math.Min(order, affordable / outlook.NewCapacityCost);
        }

        OrderedThisTick = order;
        return order;
    }

    private double CostPerCU() =>
        Capacity > 0 ? (Depreciation + (Parameters.OperatingCostPerCU * Capacity)) / Capacity : 0;
}
