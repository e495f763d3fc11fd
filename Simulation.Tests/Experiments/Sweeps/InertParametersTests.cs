using System.Text.Json.Nodes;
using MarketSim.Experiments.Sweeps;
using MarketSim.Scenarios;
using MarketSim.Tests.Support;

namespace MarketSim.Tests.Experiments.Sweeps;

/// <summary>A field is inert only under the rules that do not read it: the same path is accepted under the other rule.</summary>
public sealed class InertParametersTests
{
    private static JsonObject Resolved(string relative) =>
        (JsonObject)JsonNode.Parse(ScenarioLoader.Load(Path.Combine(Repository.Root, relative), []).ResolvedJson)!;

    [Theory]
    [InlineData("market.sentiment.capex_optimism")]
    [InlineData("market.valuation.lab_multiple")]
    [InlineData("market.valuation.infra_multiple")]
    [InlineData("customers.segments[name=developer].growth_half_life")]
    [InlineData("clouds[id=aws].background_growth_half_life")]
    [InlineData("market.funding.multiple")]
    public void V1Field_IsInertUnderV2_AndReadUnderV1(string path)
    {
        Assert.NotNull(InertParameters.Reason(path, Resolved("scenarios/baseline-2025.json")));
        Assert.Null(InertParameters.Reason(path, Resolved("Simulation.Tests/Fixtures/baseline-2025-v1.json")));
    }

    [Theory]
    [InlineData("market.valuation.margin_weight")]
    [InlineData("market.valuation.core_growth")]
    public void V2ValuationField_IsInertUnderTheV1Law(string path)
    {
        Assert.Null(InertParameters.Reason(path, Resolved("scenarios/baseline-2025.json")));
        Assert.NotNull(InertParameters.Reason(path, Resolved("Simulation.Tests/Fixtures/baseline-2025-v1.json")));
    }

    [Fact]
    public void SetWarning_NamesAPathWithABracketedId_AndSkipsFieldsThatAreRead()
    {
        var baseline = ScenarioLoader.Load(Path.Combine(Repository.Root, "scenarios", "baseline-2025.json"), []).ResolvedJson;

        var warnings = MarketSim.Cli.InertOverrideWarnings.For(["clouds[id=aws].background_growth_half_life=12", "labs[id=openai].markup=0.4"], baseline).ToList();

        var warning = Assert.Single(warnings);
        Assert.StartsWith("warning: --set clouds[id=aws].background_growth_half_life: has no effect", warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("market.valuation.reference_margin")]
    [InlineData("clouds[id=aws].background_growth")]
    [InlineData("vendors[id=nvidia].supply_growth")]
    [InlineData("supply.growth_cap_exponent")]
    public void FieldReadUnderV2_IsNotInert(string path) =>
        Assert.Null(InertParameters.Reason(path, Resolved("scenarios/baseline-2025.json")));
}
