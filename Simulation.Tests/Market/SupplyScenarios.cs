using MarketSim.Market.Parameters;

namespace MarketSim.Tests.Market;

/// <summary>The v2 supply section for tests: every rule at its v1 value and the defaults of the schema (docs/scenario-format.md, supply).</summary>
internal static class SupplyScenarios
{
    public static SupplyParameters V1() => new(
        PriceRule: PriceRule.Utilisation,
        PriceAdjustmentRate: 0.1,
        UtilisationResponse: 1,
        UtilisationWindow: 3,
        RiskFreeRate: 0.04,
        EquityRiskPremium: 0.04,
        CapexRule: CapexRule.Forecast,
        PlanningHorizon: 12,
        AdjustmentTime: 6,
        SupplyLineWeight: 1,
        DemandWeight: 0.5,
        GrowthCapExponent: 0.5,
        CreditLines: new Dictionary<string, double>(),
        VendorCapacityRule: VendorCapacityRule.SupplyGrowth,
        VendorLeadTime: 9,
        VendorAdjustmentTime: 6,
        BacklogClearanceTime: 6,
        OrderSmoothing: 0.2,
        CapacityDecay: 0.03,
        ShortageRule: ShortageRule.FirstCome,
        OutsideFleets: []);

    /// <summary>Every v2 rule on, with a credit line large enough never to bind for <see cref="TestScenarios.CloudA"/>.</summary>
    public static SupplyParameters V2() => V1() with
    {
        PriceRule = PriceRule.UserCost,
        CapexRule = CapexRule.Backlog,
        VendorCapacityRule = VendorCapacityRule.Pipeline,
        CreditLines = new Dictionary<string, double> { [TestScenarios.CloudA] = 1e6 },
    };

    public static OutsideFleetParameters Fleet(string id, double capacity, double? demandShare, double cloudShareTarget = 0.5) => new(
        Id: id,
        Name: id,
        Capacity: capacity,
        Life: 600,
        TargetUtilisation: 0.8,
        ForecastSmoothing: 0.1,
        InitialGrowth: 0,
        DemandShare: demandShare,
        CloudShareTarget: cloudShareTarget,
        ShareVendor: TestScenarios.VendorA,
        VendorShares: new Dictionary<string, double> { [TestScenarios.VendorA] = 1 });

    public static ScenarioParameters WithSupply(this ScenarioParameters s, SupplyParameters supply) => s with { Supply = supply };
}
