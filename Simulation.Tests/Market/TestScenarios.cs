using MarketSim.Market.Parameters;
using MarketSim.Scenarios;
using MarketSim.Tests.Support;

namespace MarketSim.Tests.Market;

/// <summary>
/// Minimal market scenarios built in code, every submodel that moves on its own switched off: one
/// segment of identical customers that have all adopted and review every month with no switching cost,
/// labs with fixed capability (no research volatility, no training), fixed markups and no operating cost,
/// a constant inference intensity, clouds with a fixed price, ample capacity and no background demand,
/// idle vendors, neutral sentiment without noise, and no contracts, investors, alliances or events.
/// Tests switch on what they study with the <c>With*</c> helpers.
/// </summary>
internal static class TestScenarios
{
    public const string CloudA = "cloud-a";
    public const string CloudB = "cloud-b";
    public const string VendorA = "vendor-a";
    public const string VendorB = "vendor-b";

    private static readonly Lazy<ScenarioParameters> BaselineScenario = new(LoadBaseline);
    private static readonly Lazy<ScenarioParameters> BaselineV1Scenario = new(LoadBaselineV1);

    /// <summary>Lab ids of <see cref="Quiet"/> in order.</summary>
    public static string LabId(int index) => "lab-" + (char)('a' + index);

    /// <summary>The quiet market: <paramref name="labs"/> labs, <paramref name="clouds"/> clouds, <paramref name="vendors"/> vendors.</summary>
    public static ScenarioParameters Quiet(int customers = 2_000, int labs = 2, int clouds = 1, int vendors = 1)
    {
        var cloudIds = Enumerable.Range(0, clouds).Select(c => c == 0 ? CloudA : "cloud-" + (char)('a' + c)).ToList();
        var vendorIds = Enumerable.Range(0, vendors).Select(v => v == 0 ? VendorA : "vendor-" + (char)('a' + v)).ToList();
        return new ScenarioParameters(
            Name: "test",
            Description: "A quiet test market.",
            StartMonth: "2025-11",
            Ticks: 24,
            Seed: 42,
            Replications: 1,
            Customers: new CustomerParameters(
                Count: customers,
                TotalDemand: 1.0,
                NativeBonus: 0,
                SensitivityClasses: 1,
                SensitivitySpread: 0,
                HomeClouds: cloudIds.ToDictionary(id => id, _ => 1.0 / clouds),
                Segments: [Segment()]),
            Labs: Enumerable.Range(0, labs).Select(j => Lab(LabId(j))).ToList(),
            Clouds: cloudIds.Select(id => Cloud(id)).ToList(),
            Vendors: vendorIds.Select(id => Vendor(id)).ToList(),
            Contracts: [],
            Market: new MarketParameters(
                EfficiencyHalvingMonths: 1e12,
                CapabilityExponent: 0.1,
                OpenWeightsLag: 3,
                MarkupShareThreshold: 0.02,
                Funding: new FundingParameters(
                    RunwayMin: 6, RaiseMonths: 3, Multiple: 10, MinimumRevenue: 0, ExternalPool: 10, PoolSentimentExponent: 1, FailureGraceMonths: 0),
                Valuation: new ValuationParameters(
                    LabMultiple: 10, InfraMultiple: 10, SentimentExponent: 1, GrowthWeight: 0.5, ReferenceMargin: 0.5, MarkSpeed: 0.3),
                Sentiment: new SentimentParameters(
                    Initial: 1, Persistence: 0.9, GrowthWeight: 0, RatioWeight: 0, ExpectedGrowth: 0, CapexOptimism: 0, Noise: 0)),
            Investors: [],
            Alliances: [],
            Events: []);
    }

    /// <summary>One segment of identical customers: all adopted, review every month, no switching cost, no growth, inelastic.</summary>
    public static SegmentParameters Segment(string name = "all", double customerShare = 1, double demandShare = 1) => new(
        Name: name,
        CustomerShare: customerShare,
        DemandShare: demandShare,
        InitialAdopted: 1,
        P: 0.01,
        Q: 0.3,
        Growth: 0,
        GrowthHalfLife: 0,
        Elasticity: 0,
        ReferencePrice: 1,
        QualitySensitivity: 5,
        PriceSensitivity: 1,
        SwitchingCost: 0,
        ReviewProbability: 1);

    /// <summary>A closed lab on <see cref="CloudA"/> with fixed capability and markup, no opex, plenty of cash.</summary>
    public static LabParameters Lab(string id, string cloud = CloudA) => new(
        Id: id,
        Name: id,
        OpenWeights: false,
        Cash: 100,
        Capability: 1,
        TrainingCompute: 1,
        ResearchVolatility: 0,
        InferenceIntensity: 0.1,
        Markup: 0.5,
        MarkupMin: 0,
        MarkupMax: 5,
        MarkupStep: 0,
        TrainingRevenueShare: 0,
        TrainingCashShare: 0,
        Opex: 0,
        ParentSupport: 0,
        InitialShare: null,
        Brand: 0,
        MainCloud: cloud,
        CloudAllocation: new Dictionary<string, double> { [cloud] = 1 },
        Shares: 1000,
        Valuation: 100);

    /// <summary>A cloud with a fixed price well above cost, capacity far above demand and a long fleet life.</summary>
    public static CloudParameters Cloud(string id) => new(
        Id: id,
        Name: id,
        Capacity: 10,
        FleetCostPerCU: 1,
        Price: 2,
        OperatingCostPerCU: 0,
        FacilityCostRatio: 0,
        Life: 600,
        PriceAdjustment: 0,
        TargetUtilisation: 0.8,
        Headroom: 0,
        LeadTime: 1,
        ForecastSmoothing: 0,
        BackgroundDemand: 0,
        BackgroundGrowth: 0,
        BackgroundGrowthHalfLife: 0,
        ProcurementSensitivity: 1,
        VendorLockIn: new Dictionary<string, double>(),
        OwnChip: null,
        Shares: 1000,
        Cash: 10);

    /// <summary>A vendor with ample supply, a fixed price and no generations.</summary>
    public static VendorParameters Vendor(string id) => new(
        Id: id,
        Name: id,
        Price: 0.03,
        UnitCost: 0.01,
        ComputePerUnit: 2,
        GenerationMonths: 0,
        GenerationGain: 1,
        GenerationPriceGain: 1,
        Supply: 1000,
        SupplyGrowth: 0,
        PriceAdjustment: 0,
        OtherDemand: 0,
        OtherDemandGrowth: 0,
        Opex: 0,
        Shares: 1000,
        Cash: 10);

    /// <summary>An investor of <paramref name="strategy"/> with 100 (USD million) of capital.</summary>
    public static InvestorParameters Investor(
        string id,
        StrategyKind strategy,
        string? target = null,
        IReadOnlyList<string>? labs = null,
        IReadOnlyDictionary<string, double>? weights = null,
        bool followOn = false,
        bool equalWeights = false,
        double cloudShare = 0,
        double creditShare = 0) =>
        new(id, strategy, 100, target, labs, weights, followOn, equalWeights, cloudShare, creditShare);

    /// <summary>A vertical alliance of one cloud, some labs and vendors, with only the given lock-in switched on.</summary>
    public static AllianceParameters Vertical(
        string id,
        string cloud,
        IReadOnlyList<string> labs,
        IReadOnlyList<string> vendors,
        double lockIn = 0,
        int startTick = 0,
        int? endTick = null,
        IReadOnlyList<InvestmentParameters>? investments = null,
        IReadOnlyList<ContractParameters>? commitments = null,
        double computeAllocation = 0,
        double exitPenalty = 0) =>
        new(id, AllianceKind.Vertical, startTick, endTick, [cloud], labs, vendors, investments ?? [], commitments ?? [], computeAllocation, false, lockIn, exitPenalty, 0, 0);

    /// <summary>A horizontal alliance with the given interoperability.</summary>
    public static AllianceParameters Horizontal(string id, IReadOnlyList<string> clouds, IReadOnlyList<string> labs, double interop, int startTick = 0) =>
        new(id, AllianceKind.Horizontal, startTick, null, clouds, labs, [], [], [], 0, false, 0, 0, interop, 0);

    /// <summary>The library baseline (scenarios/baseline-2025.json, economics v2), loaded once.</summary>
    public static ScenarioParameters Baseline() => BaselineScenario.Value;

    /// <summary>
    /// The baseline as it stood under economics v1 (Simulation.Tests/Fixtures/baseline-2025-v1.json), for dockings that
    /// switch v2 parts on one at a time over the v1 rules.
    /// </summary>
    public static ScenarioParameters BaselineV1() => BaselineV1Scenario.Value;

    /// <summary>The repository root: the first folder above the test binaries that holds MarketSim.sln.</summary>
    public static string RepositoryRoot() => Repository.Root;

    public static ScenarioParameters WithCustomers(this ScenarioParameters s, Func<CustomerParameters, CustomerParameters> change) =>
        s with { Customers = change(s.Customers) };

    public static ScenarioParameters WithCustomerCount(this ScenarioParameters s, int count) =>
        s.WithCustomers(c => c with { Count = count });

    public static ScenarioParameters WithSegments(this ScenarioParameters s, Func<SegmentParameters, SegmentParameters> change) =>
        s.WithCustomers(c => c with { Segments = c.Segments.Select(change).ToList() });

    public static ScenarioParameters WithLabs(this ScenarioParameters s, Func<LabParameters, LabParameters> change) =>
        s with { Labs = s.Labs.Select(change).ToList() };

    public static ScenarioParameters WithLab(this ScenarioParameters s, string id, Func<LabParameters, LabParameters> change) =>
        s.WithLabs(l => l.Id == id ? change(l) : l);

    public static ScenarioParameters WithClouds(this ScenarioParameters s, Func<CloudParameters, CloudParameters> change) =>
        s with { Clouds = s.Clouds.Select(change).ToList() };

    public static ScenarioParameters WithVendors(this ScenarioParameters s, Func<VendorParameters, VendorParameters> change) =>
        s with { Vendors = s.Vendors.Select(change).ToList() };

    public static ScenarioParameters WithFunding(this ScenarioParameters s, Func<FundingParameters, FundingParameters> change) =>
        s with { Market = s.Market with { Funding = change(s.Market.Funding) } };

    public static ScenarioParameters WithSentiment(this ScenarioParameters s, Func<SentimentParameters, SentimentParameters> change) =>
        s with { Market = s.Market with { Sentiment = change(s.Market.Sentiment) } };

    public static ScenarioParameters With(this ScenarioParameters s, params EventParameters[] events) =>
        s with { Events = [.. s.Events, .. events] };

    public static ScenarioParameters With(this ScenarioParameters s, params AllianceParameters[] alliances) =>
        s with { Alliances = [.. s.Alliances, .. alliances] };

    public static ScenarioParameters With(this ScenarioParameters s, params InvestorParameters[] investors) =>
        s with { Investors = [.. s.Investors, .. investors] };

    public static ScenarioParameters With(this ScenarioParameters s, params ContractParameters[] contracts) =>
        s with { Contracts = [.. s.Contracts, .. contracts] };

    private static ScenarioParameters LoadBaseline() =>
        ScenarioLoader.Load(Path.Combine(RepositoryRoot(), "scenarios", "baseline-2025.json"), []).Parameters;

    private static ScenarioParameters LoadBaselineV1() =>
        ScenarioLoader.Load(Path.Combine(RepositoryRoot(), "Simulation.Tests", "Fixtures", "baseline-2025-v1.json"), []).Parameters;
}
