using System.Text.Json.Nodes;
using MarketSim.Scenarios;

namespace MarketSim.Tests.Scenarios;

public sealed class SchemaDefaultsTests : IDisposable
{
    private const string Schema = """
        {
          "type": "object",
          "properties": {
            "ticks": { "type": "integer", "default": 120 },
            "name": { "type": "string" },
            "market": { "$ref": "#/$defs/market", "default": {} },
            "labs": { "type": "array", "items": { "$ref": "#/$defs/lab" } },
            "maps": { "type": "object", "additionalProperties": { "$ref": "#/$defs/lab" } },
            "events": { "type": "array", "items": { "$ref": "#/$defs/event" } }
          },
          "$defs": {
            "market": { "type": "object", "properties": { "noise": { "type": "number", "default": 0 } } },
            "lab": { "type": "object", "properties": { "brand": { "type": "number", "default": 0 }, "own": { "$ref": "#/$defs/nullable", "default": null } } },
            "nullable": { "type": ["object", "null"] },
            "event": {
              "type": "object",
              "allOf": [
                { "if": { "properties": { "kind": { "const": "shock" } }, "required": ["kind"] }, "then": { "$ref": "#/$defs/shock" } },
                { "if": { "properties": { "kind": { "const": "war" } }, "required": ["kind"] }, "then": { "$ref": "#/$defs/war" } }
              ]
            },
            "shock": { "properties": { "months": { "default": 1 } } },
            "war": { "properties": { "clouds": { "default": null } } }
          }
        }
        """;

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private JsonNode Apply(string json)
    {
        var doc = ResolvedDocument.Load(_temp.Write("d.json", json));
        ScenarioSchema.FromText(Schema, "schema.json").ApplyDefaults(doc);
        return doc.Root!;
    }

    [Fact]
    public void ApplyDefaults_MissingFields_FilledRecursively()
    {
        var root = Apply("""{ "name": "x", "labs": [ { "brand": 2 }, {} ], "maps": { "a": {} } }""");

        Assert.Equal(120, root["ticks"]!.GetValue<int>());
        Assert.Equal(0, root["market"]!["noise"]!.GetValue<int>());
        Assert.Equal(2, root["labs"]![0]!["brand"]!.GetValue<int>());
        Assert.Equal(0, root["labs"]![1]!["brand"]!.GetValue<int>());
        Assert.True(root["labs"]!.AsArray()[1]!.AsObject().ContainsKey("own"));
        Assert.Null(root["labs"]![1]!["own"]);
        Assert.Equal(0, root["maps"]!["a"]!["brand"]!.GetValue<int>());
        Assert.False(root.AsObject().ContainsKey("events"));
    }

    [Fact]
    public void ApplyDefaults_IfThenBranch_OnlyMatchingKind()
    {
        var root = Apply("""{ "events": [ { "kind": "shock" }, { "kind": "war" }, { "kind": "other" }, { "months": 5 } ] }""");

        Assert.Equal("""{"kind":"shock","months":1}""", root["events"]![0]!.ToJsonString());
        Assert.Equal("""{"kind":"war","clouds":null}""", root["events"]![1]!.ToJsonString());
        Assert.Equal("""{"kind":"other"}""", root["events"]![2]!.ToJsonString());
        Assert.Equal("""{"months":5}""", root["events"]![3]!.ToJsonString());
    }

    [Fact]
    public void ApplyDefaults_WrongTypes_LeftForValidation()
    {
        var root = Apply("""{ "market": 3, "labs": "none", "maps": [1] }""");

        Assert.Equal("""{"market":3,"labs":"none","maps":[1],"ticks":120}""", root.ToJsonString());
    }

    [Fact]
    public void ApplyDefaults_DefaultsAreCopies_NotShared()
    {
        var root = Apply("""{ "labs": [ {}, {} ] }""");

        root["market"]!["noise"] = 5;
        var again = Apply("""{ }""");

        Assert.Equal(0, again["market"]!["noise"]!.GetValue<int>());
    }

    [Fact]
    public void Load_DefaultedValueFailsCheck_ErrorPointsAtOmittingObject()
    {
        // markup has no default, but the lab's parent_support default (0) is fine; make a defaulted
        // field break a semantic rule: a horizontal alliance's lock_in stays 0, so use ticks instead.
        var text = ScenarioFixture.Edit(ScenarioFixture.Valid, "\"ticks\": 24,\n", string.Empty);
        text = ScenarioFixture.Edit(text, "\"tick\": 18, \"alliance\"", "\"tick\": 120, \"alliance\"");
        var path = _temp.Write("tiny.json", text);

        var e = Assert.Throws<InputException>(() => ScenarioLoader.Load(path, [], ScenarioFixture.Schema));

        var error = Assert.Single(e.Errors);
        Assert.Equal((path, "$.events[7].tick", ScenarioFixture.LineOf(text, "\"tick\": 120")), (error.File, error.JsonPath, error.Line));
        Assert.Equal("tick 120 is outside the horizon: ticks run from 0 to 119", error.Message);
    }
}
