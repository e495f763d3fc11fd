using MarketSim.Market.Events;
using MarketSim.Scenarios;

namespace MarketSim.Tests.Scenarios;

public sealed class ScenarioLoaderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private LoadedScenario Load(string text, params string[] overrides) =>
        ScenarioLoader.Load(_temp.Write("tiny.json", text), overrides, ScenarioFixture.Schema);

    [Fact]
    public void Load_ValidFixture_BindsEverySection()
    {
        var loaded = Load(ScenarioFixture.Valid);
        var s = loaded.Parameters;

        Assert.Equal(("tiny", 24, 7UL), (s.Name, s.Ticks, s.Seed));
        Assert.Equal(["openai", "anthropic", "meta"], s.Labs.Select(l => l.Id));
        Assert.Equal(0.6, s.Customers.HomeClouds["azure"]);
        Assert.Equal("trainium", s.Clouds[1].OwnChip!.Vendor);
        Assert.Equal(8, s.Events.Count);
        Assert.Equal(0.5, Assert.IsType<EfficiencyShock>(s.Events[0]).Factor);
        Assert.Equal("mistral", Assert.IsType<LabEntry>(s.Events[4]).Lab.Id);
        Assert.Null(Assert.IsType<PriceWar>(s.Events[3]).Clouds);
        Assert.Equal([_temp.PathOf("tiny.json")], loaded.Files);
    }

    [Fact]
    public void Load_ResolvedJson_LoadsAloneToTheSameParameters()
    {
        var first = Load(ScenarioFixture.Valid, "labs[id=openai].markup=0.7");

        var again = ScenarioLoader.Load(_temp.Write("resolved.json", first.ResolvedJson), [], ScenarioFixture.Schema);

        Assert.DoesNotContain("$schema", first.ResolvedJson, StringComparison.Ordinal);
        Assert.Contains("\"generation_months\": 24", first.ResolvedJson, StringComparison.Ordinal);
        Assert.Equal(Serialize(first.Parameters), Serialize(again.Parameters));
        Assert.Equal(0.7, again.Parameters.Labs[0].Markup);
    }

    [Fact]
    public void Load_ExtendsAndSet_WorkedExample()
    {
        _temp.Write("baseline.json", ScenarioFixture.Valid);
        var child = _temp.Write("variants/cheap-inference.json", """
            {
              "$schema": "../scenario.schema.json",
              "extends": "../baseline.json",
              "name": "cheap-inference",
              "market": { "efficiency_halving_months": 6 },
              "labs": [ { "id": "openai", "markup": 0.3 } ],
              "investors": [ { "id": "mine", "remove": true } ]
            }
            """);
        File.Copy(ScenarioFixture.SchemaPath, _temp.PathOf("scenario.schema.json"));

        var loaded = ScenarioLoader.Load(child, ["customers.segments[name=enterprise].p=0.02"]);
        var s = loaded.Parameters;

        Assert.Equal(("cheap-inference", 6.0, 0.3, 0.02), (s.Name, s.Market.EfficiencyHalvingMonths, s.Labs[0].Markup, s.Customers.Segments[0].P));
        Assert.Equal((0.1, 2.0), (s.Labs[0].MarkupMin, s.Labs[0].MarkupMax));
        Assert.Equal(["track", "horse", "index", "builder"], s.Investors.Select(i => i.Id));
        Assert.Equal([child, _temp.PathOf("baseline.json")], loaded.Files);
    }

    [Fact]
    public void FindSchema_RelativeSchemaKey_ResolvedFromScenarioFolder()
    {
        var schema = _temp.Write("schemas/s.schema.json", "{}");
        var scenario = _temp.Write("a/b.json", "{}");

        var found = ScenarioLoader.FindSchema(scenario, System.Text.Json.Nodes.JsonNode.Parse("""{ "$schema": "../schemas/s.schema.json" }"""));

        Assert.Equal(schema, found);
    }

    [Fact]
    public void FindSchema_NoKey_SchemaBesideScenario()
    {
        var schema = _temp.Write("scenario.schema.json", "{}");
        var scenario = _temp.Write("x.json", "{}");

        Assert.Equal(schema, ScenarioLoader.FindSchema(scenario, System.Text.Json.Nodes.JsonNode.Parse("""{ "$schema": "https://example.org/s.json" }""")));
    }

    [Fact]
    public void Load_Baseline_LoadsCleanly()
    {
        var baseline = Path.Combine(ScenarioFixture.Repo, "scenarios", "baseline-2025.json");

        var loaded = ScenarioLoader.Load(baseline, []);

        Assert.NotEmpty(loaded.Parameters.Labs);
    }

    private static string Serialize(MarketSim.Market.Parameters.ScenarioParameters parameters) =>
        System.Text.Json.JsonSerializer.Serialize(parameters, ScenarioBinder.Options);

    [Fact]
    public void Load_WorkedExample_ExtendsTheRealBaseline()
    {
        // The example of docs/scenario-format.md, verbatim.
        var doc = File.ReadAllText(Path.Combine(ScenarioFixture.Repo, "docs", "scenario-format.md"));
        var start = doc.IndexOf("```jsonc\n{\n  \"$schema\"", StringComparison.Ordinal) + "```jsonc\n".Length;
        var example = doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];
        // Written elsewhere (commands that list scenarios/ must not see it), extending the real baseline.
        var baseline = Path.Combine(ScenarioFixture.Repo, "scenarios", "baseline-2025.json");
        var file = _temp.PathOf("cheap-inference.json");
        File.WriteAllText(file, example.Replace("\"baseline-2025.json\"", "\"" + Path.GetRelativePath(_temp.Root, baseline).Replace('\\', '/') + "\"", StringComparison.Ordinal));

        var s = ScenarioLoader.Load(file, ["customers.segments[name=enterprise].p=0.02"], ScenarioFixture.Schema).Parameters;

        Assert.Equal(("cheap-inference", 6.0, 0.3, 0.02), (s.Name, s.Market.EfficiencyHalvingMonths, s.Labs[0].Markup, s.Customers.Segments[0].P));
        Assert.DoesNotContain(s.Investors, i => i.Id == "bet-mistral");
    }
}
