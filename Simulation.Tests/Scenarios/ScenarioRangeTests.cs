using System.Text.Json.Nodes;
using MarketSim.Scenarios;
using MarketSim.Tests.Support;
using static MarketSim.Tests.Scenarios.ScenarioFixture;

namespace MarketSim.Tests.Scenarios;

/// <summary>
/// Every number has a range the model can run with (issue 17): in both schemas, and, where a range depends
/// on other fields, in the semantic checks. The library stays valid under them, even at the longest horizon.
/// </summary>
public sealed class ScenarioRangeTests
{
    public static TheoryData<string> SchemaFiles => ["scenario.schema.json", "sweep.schema.json"];

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void Schema_EveryNumber_HasLowerAndUpperBound(string file)
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, "scenarios", file)))!;
        var unbounded = new List<string>();
        Walk(root, "#", unbounded);

        Assert.Empty(unbounded);
    }

    [Theory]
    [InlineData("\"capital\": 100", "\"capital\": 1e15", "$.investors", "must be at most 1e9")]
    [InlineData("\"cash\": 40", "\"cash\": 1e300", "$.labs[0].cash", "must be at most 1e6")]
    [InlineData("\"price\": 2.5", "\"price\": 4.9e-324", "$.clouds[0].price", "must be at least 1e-6 (got 4.9e-324)")]
    [InlineData("\"factor\": 0.7", "\"factor\": 4.9e-324", "$.events[2].factor", "too close to zero")]
    [InlineData("\"id\": \"track\"", "\"id\": \"" + "t" + "rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr\"", "$.investors[0].id", "at most 64")]
    public void Load_ValueOutOfItsRange_IsBadInput(string old, string replacement, string path, string message)
    {
        using var temp = new TempFolder();
        var text = old == "\"capital\": 100"
            ? Edit(Valid, "{ \"id\": \"track\", \"strategy\": \"racetrack\" }", "{ \"id\": \"track\", \"strategy\": \"racetrack\", " + replacement + " }")
            : Edit(Valid, old, replacement);
        var file = temp.Write("tiny.json", text);

        var e = Assert.Throws<InputException>(() => ScenarioLoader.Load(file, [], Schema));

        Assert.Contains(e.Errors, x => x.JsonPath!.StartsWith(path, StringComparison.Ordinal) && x.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_SupplyGrowthCompoundingPastTheLimit_SaysWhichAndWhy()
    {
        using var temp = new TempFolder();
        var file = temp.Write("tiny.json", Edit(Valid, "\"supply\": 500,", "\"supply\": 500, \"supply_growth\": 1,").Replace("\"ticks\": 24", "\"ticks\": 1200", StringComparison.Ordinal));

        var e = Assert.Throws<InputException>(() => ScenarioLoader.Load(file, [], Schema));

        var error = Assert.Single(e.Errors);
        Assert.Equal("$.vendors[0].supply_growth", error.JsonPath);
        Assert.Contains("the supply would grow by a factor of 1e361 over 1200 months; at most 1e50", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> LibraryFiles =>
        [.. Directory.GetFiles(Path.Combine(Repository.Root, "scenarios"), "*.json")
            .Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal))
            .Concat(Directory.GetFiles(Path.Combine(Repository.Root, "scenarios", "sweeps", "bases"), "*.json"))
            .Concat(Directory.GetFiles(Path.Combine(Repository.Root, "scenarios", "uncertainty"), "*.json"))
            .Select(f => Path.GetRelativePath(Repository.Root, f))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(LibraryFiles))]
    public void Library_AtTheLongestHorizon_IsStillValid(string file)
    {
        var loaded = ScenarioLoader.Load(Path.Combine(Repository.Root, file), ["ticks=1200"], Schema);

        Assert.Equal(1200, loaded.Parameters.Ticks);
    }

    private static void Walk(JsonNode? node, string pointer, List<string> unbounded)
    {
        if (node is JsonObject obj)
        {
            var type = obj["type"];
            var types = type is JsonArray list ? list.Select(t => t!.GetValue<string>()).ToList() : type is JsonValue v ? [v.GetValue<string>()] : [];
            if (types.Contains("number") || types.Contains("integer"))
            {
                var low = obj.ContainsKey("minimum") || obj.ContainsKey("exclusiveMinimum");
                var high = obj.ContainsKey("maximum") || obj.ContainsKey("exclusiveMaximum");
                if (!low || !high)
                    unbounded.Add(pointer);
            }

            foreach (var (name, child) in obj)
                Walk(child, pointer + "/" + name, unbounded);
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
                Walk(array[i], pointer + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), unbounded);
        }
    }
}
