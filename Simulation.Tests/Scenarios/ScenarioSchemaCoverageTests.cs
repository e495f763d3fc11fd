using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using MarketSim.Market.Parameters;
using MarketSim.Scenarios;

namespace MarketSim.Tests.Scenarios;

/// <summary>
/// The schema file and the parameter records must not drift apart: every record field is in the
/// schema and every schema field is a record field, every event kind has a branch.
/// </summary>
public sealed class ScenarioSchemaCoverageTests
{
    private static readonly JsonObject Root = JsonNode.Parse(
        File.ReadAllText(ScenarioFixture.SchemaPath),
        documentOptions: new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!.AsObject();

    [Fact]
    public void Schema_EveryRecordField_AndNoOther()
    {
        var problems = new List<string>();
        Compare(typeof(ScenarioParameters), Root, "$", problems, new HashSet<Type>());

        Assert.Empty(problems);
    }

    [Fact]
    public void Schema_EventKinds_MatchReflection()
    {
        var @event = Def("event");
        var names = @event["properties"]!["kind"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()).Order(StringComparer.Ordinal);
        var branches = @event["allOf"]!.AsArray().Select(b => b!["if"]!["properties"]!["kind"]!["const"]!.GetValue<string>()).Order(StringComparer.Ordinal);

        Assert.Equal(EventKinds.Names, names);
        Assert.Equal(EventKinds.Names, branches);
        foreach (var kind in EventKinds.Names)
            Assert.Equal(kind, Def("event-" + kind)["properties"]!["kind"]!["const"]!.GetValue<string>());
    }

    [Fact]
    public void Schema_EveryObject_ClosedAndDescribed()
    {
        foreach (var (name, node) in Root["$defs"]!.AsObject())
        {
            Assert.NotNull(node!["description"]);
            if (node["properties"] is JsonObject properties && name != "event")
            {
                Assert.False(node["additionalProperties"]!.GetValue<bool>(), name);
                foreach (var (field, schema) in properties)
                    Assert.True(schema!["description"] is not null || field == "kind", $"{name}.{field} has no description");
            }
        }
    }

    [Fact]
    public void Load_OnlyRequiredFields_DefaultsFillTheRest()
    {
        using var temp = new TempFolder();
        var text = ScenarioFixture.Valid;
        foreach (var field in new[] { "\"ticks\": 24,\n", "\"seed\": 7,\n", "\"count\": 200,\n", "\"description\": \"A tiny valid scenario for tests.\",\n" })
            text = ScenarioFixture.Edit(text, field, string.Empty);

        var s = ScenarioLoader.Load(temp.Write("min.json", text), [], ScenarioFixture.Schema).Parameters;

        Assert.Equal((120, 1UL, 1, 20000, ""), (s.Ticks, s.Seed, s.Replications, s.Customers.Count, s.Description));
        Assert.Equal((1, 0.0), (s.Customers.SensitivityClasses, s.Customers.SensitivitySpread));
        Assert.Equal((false, 0.0, null, 0.0), (s.Labs[0].OpenWeights, s.Labs[0].ParentSupport, s.Labs[0].InitialShare, s.Labs[0].Brand));
        Assert.Null(s.Clouds[0].OwnChip);
        Assert.Empty(s.Clouds[1].VendorLockIn);
        Assert.Equal(24, s.Vendors[0].GenerationMonths);
        Assert.Equal((100.0, null, null, null), (s.Investors[0].Capital, s.Investors[0].Target, s.Investors[0].Labs, s.Investors[0].Weights));
        Assert.Equal((1.0, 0), (s.Market.Sentiment.Initial, s.Market.Funding.FailureGraceMonths));
        Assert.Null(s.Alliances[1].EndTick);
        var cash = ScenarioLoader.Load(temp.Write("cash.json", ScenarioFixture.Edit(text, ", \"form\": \"credits\"", string.Empty)), [], ScenarioFixture.Schema);
        Assert.Equal(InvestmentForm.Cash, cash.Parameters.Alliances[0].Investments[0].Form);
    }

    private static JsonObject Def(string name) => Root["$defs"]![name]!.AsObject();

    private static JsonObject Resolve(JsonObject schema)
    {
        while (schema["$ref"] is JsonValue reference)
            schema = Def(reference.GetValue<string>()["#/$defs/".Length..]);
        return schema;
    }

    private static void Compare(Type type, JsonObject schema, string path, List<string> problems, HashSet<Type> seen)
    {
        if (!seen.Add(type))
            return;
        schema = Resolve(schema);
        var info = ScenarioBinder.Options.GetTypeInfo(type);
        var fields = info.Properties.Where(p => p.Set is not null || p.AssociatedParameter is not null).ToDictionary(p => p.Name);
        var properties = schema["properties"]?.AsObject() ?? [];
        foreach (var name in fields.Keys.Where(f => !properties.ContainsKey(f)))
            problems.Add($"{path}.{name} ({type.Name}) is not in the schema");
        foreach (var (name, _) in properties.Where(p => !fields.ContainsKey(p.Key) && p.Key is not ("$schema" or "extends" or "kind")))
            problems.Add($"{path}.{name} is in the schema but not in {type.Name}");

        foreach (var (name, field) in fields)
        {
            if (properties[name] is not JsonObject sub)
                continue;
            Descend(field.PropertyType, sub, $"{path}.{name}", problems, seen);
        }
    }

    private static void Descend(Type type, JsonObject schema, string path, List<string> problems, HashSet<Type> seen)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(EventParameters))
        {
            foreach (var (kind, record) in EventKinds.ByName)
                Compare(record, Def("event-" + kind), $"{path}[kind={kind}]", problems, seen);
            return;
        }

        var info = ScenarioBinder.Options.GetTypeInfo(type);
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                Compare(type, schema, path, problems, seen);
                break;
            case JsonTypeInfoKind.Enumerable when Resolve(schema)["items"] is JsonObject items:
                Descend(info.ElementType!, items, path + "[]", problems, seen);
                break;
        }
    }
}
