using MarketSim.Experiments.Backtests;
using MarketSim.Scenarios;
using MarketSim.Scenarios.Observations;
using MarketSim.Tests.Scenarios;
using MarketSim.Tests.Scenarios.Observations;

namespace MarketSim.Tests.Experiments.Backtests;

/// <summary>How a bound observation stands to the model's measure, which can depend on the scenario it is bound to.</summary>
public sealed class ObservationBindingTests
{
    private const string MicrosoftValue = "market_value,microsoft,2025-11-21,2025-11-21,3520,USD bn,,,reported,https://x,";
    private const string NvidiaValue = "market_value,nvidia,2025-11-28,2025-11-28,4350,USD bn,,,reported,https://x,";
    private const string AzureRevenue = "cloud_revenue_quarter,azure,2025-11-01,2026-01-31,1000,USD bn/quarter,,,reported,https://x,";

    private static IReadOnlyList<BacktestTarget> Bind(string scenario, params string[] overrides)
    {
        using var folder = new TempFolder();
        var set = ObservationLoader.Load(ObservationFiles.Write(folder, MicrosoftValue, NvidiaValue, AzureRevenue));
        var parameters = ScenarioLoader.Load(Path.Combine(Support.Repository.Root, "scenarios", scenario), overrides).Parameters;
        return ObservationBinding.Bind(set, parameters).Targets;
    }

    [Fact]
    public void MarketValue_UnderTheV2LawWithListedCompanies_IsAPoint()
    {
        // baseline-2025 values Microsoft as Azure's AI business plus its core: the measure is the whole company.
        var targets = Bind("baseline-2025.json");
        Assert.Equal([FigureBound.Point, FigureBound.Point, FigureBound.Upper], targets.Select(t => t.Bound));
    }

    [Fact]
    public void MarketValue_UnderTheV1Law_IsAnUpperBound()
    {
        // The hindcast has no companies (v1 law): its measure is Azure's AI business alone, which Microsoft's value
        // holds besides its core business. Series whose bound does not depend on the scenario keep their own.
        var targets = Bind("hindcast-2024.json");
        Assert.Equal([FigureBound.Upper, FigureBound.Upper, FigureBound.Upper], targets.Select(t => t.Bound));
    }
}
