using System.Text.Json.Nodes;
using MarketSim.Market.Investors;
using MarketSim.Market.Parameters;
using MarketSim.Tests.Scenarios;

namespace MarketSim.Tests.Market;

public sealed class StrategiesTests
{
    [Fact]
    public void ByKind_EveryStrategyKind_HasExactlyOneType()
    {
        Assert.Equal(Enum.GetValues<StrategyKind>(), Strategies.ByKind.Keys);
        Assert.All(Strategies.ByKind, pair => Assert.Equal(pair.Key, pair.Value.Kind));
    }

    [Fact]
    public void Names_EqualTheSchemaEnum()
    {
        var root = JsonNode.Parse(
            File.ReadAllText(ScenarioFixture.SchemaPath),
            documentOptions: new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!;
        var schema = root["$defs"]!["investor"]!["properties"]!["strategy"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()).Order(StringComparer.Ordinal);

        Assert.Equal(schema, Strategies.ByKind.Values.Select(s => s.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(StrategyKind.SingleLab, "single-lab")]
    [InlineData(StrategyKind.LabIndex, "lab-index")]
    [InlineData(StrategyKind.Racetrack, "racetrack")]
    public void Name_IsTheScenarioFileSpelling(StrategyKind kind, string name) =>
        Assert.Equal(name, Strategy.For(kind).Name);
}
