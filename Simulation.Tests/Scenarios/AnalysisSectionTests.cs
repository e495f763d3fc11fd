using MarketSim.Scenarios;

namespace MarketSim.Tests.Scenarios;

public sealed class AnalysisSectionTests
{
    private static string Baseline => Path.Combine(ScenarioFixture.Repo, "scenarios", "baseline-2025.json");

    [Fact]
    public void Load_NoAnalysisSection_DefaultsTenthOfWealthRiskAversionTwo()
    {
        var s = ScenarioLoader.Load(Baseline, [], ScenarioFixture.Schema).Parameters;

        Assert.Equal((0.1, 2.0), (s.Analysis!.WealthFraction, s.Analysis.RiskAversion));
    }

    [Fact]
    public void Load_SetOverrides_ReachTheParameters()
    {
        var s = ScenarioLoader.Load(Baseline, ["analysis.wealth_fraction=0.5", "analysis.risk_aversion=1"], ScenarioFixture.Schema).Parameters;

        Assert.Equal((0.5, 1.0), (s.Analysis!.WealthFraction, s.Analysis.RiskAversion));
    }

    [Theory]
    [InlineData("analysis.wealth_fraction=0", "$.analysis.wealth_fraction")]
    [InlineData("analysis.wealth_fraction=1.5", "$.analysis.wealth_fraction")]
    [InlineData("analysis.risk_aversion=-1", "$.analysis.risk_aversion")]
    public void Load_OutOfRange_ErrorNamesThePath(string set, string path)
    {
        var error = Assert.Throws<InputException>(() => ScenarioLoader.Load(Baseline, [set], ScenarioFixture.Schema));

        Assert.Contains(error.Errors, e => e.JsonPath == path);
    }
}
