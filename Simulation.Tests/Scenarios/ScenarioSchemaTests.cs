using MarketSim.Scenarios;

namespace MarketSim.Tests.Scenarios;

public sealed class ScenarioSchemaTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private ScenarioSchema Schema() => ScenarioSchema.Load(_temp.Write("scenario.schema.json", TestSchemas.Scenario));

    [Fact]
    public void Validate_ValidDocument_NoErrors()
    {
        var doc = ResolvedDocument.Load(_temp.Write("s.json", TestSchemas.Valid));

        Assert.Empty(Schema().Validate(doc));
    }

    [Fact]
    public void Validate_SeveralProblems_AllReportedWithLinesInOrder()
    {
        var file = _temp.Write("s.json", """
            {
              "name": "bad",
              "ticks": 0,
              "labs": [
                { "id": "openai", "markupp": 0.4, "markup": 1 },
                { "id": "meta", "markup": "high" },
                { "id": "x", "markup": -1, "kind": "weird" }
              ],
              "colour": "red"
            }
            """);

        var errors = Schema().Validate(ResolvedDocument.Load(file)).Select(e => e.ToString()[(file.Length + 1)..]).ToList();

        Assert.Equal(
            [
                "3: $.ticks: must be at least 1 (got 0)",
                "5: $.labs[0].markupp: unknown field 'markupp' (not in the schema); did you mean 'markup'?",
                "6: $.labs[1].markup: expected a number, got a string (\"high\")",
                "7: $.labs[2].markup: must be at least 0 (got -1)",
                "7: $.labs[2].kind: must be one of \"open-weights\", \"closed\" (got \"weird\")",
                "9: $.colour: unknown field 'colour' (not in the schema); known fields: $schema, extends, name, ticks, labs",
            ],
            errors);
    }

    [Fact]
    public void Validate_MissingRequired_NamedAtObject()
    {
        var file = _temp.Write("s.json", """
            {
              "labs": [ { "id": "a" } ]
            }
            """);

        var errors = Schema().Validate(ResolvedDocument.Load(file));

        Assert.Contains(errors, e => e is { JsonPath: "$", Line: 1, Message: "missing required field 'name'" });
        Assert.Contains(errors, e => e is { JsonPath: "$.labs[0]", Line: 2, Message: "missing required field 'markup'" });
    }

    [Fact]
    public void Validate_ErrorInInheritedValue_NamesParentFileAndLine()
    {
        var parent = _temp.Write("base.json", """
            {
              "name": "base",
              "labs": [
                { "id": "a", "markup": 9 }
              ]
            }
            """);
        var child = _temp.Write("child.json", """
            {
              "extends": "base.json",
              "labs": [ { "id": "b", "markup": -2 } ]
            }
            """);

        var errors = Schema().Validate(ResolvedDocument.Load(child));

        Assert.Collection(
            errors,
            e => Assert.Equal((child, 3, "$.labs[1].markup"), (e.File, e.Line, e.JsonPath)),
            e => Assert.Equal((parent, 4, "$.labs[0].markup", "must be at most 5 (got 9)"), (e.File, e.Line, e.JsonPath, e.Message)));
    }

    [Fact]
    public void Load_SameSchemaTwice_NoRegistryConflict()
    {
        var path = _temp.Write("scenario.schema.json", TestSchemas.Scenario);

        ScenarioSchema.Load(path);
        var again = ScenarioSchema.FromText(TestSchemas.Scenario, "again.json");

        Assert.NotNull(again);
    }

    [Fact]
    public void Load_MalformedSchema_InputError()
    {
        var path = _temp.Write("bad.schema.json", "{ \"type\": ");

        var e = Assert.Throws<InputException>(() => ScenarioSchema.Load(path));

        Assert.Equal(path, Assert.Single(e.Errors).File);
    }

    [Fact]
    public void Load_InvalidKeywordValue_InputError()
    {
        var path = _temp.Write("bad.schema.json", """{ "type": 5 }""");

        var e = Assert.Throws<InputException>(() => ScenarioSchema.Load(path));

        Assert.StartsWith("invalid JSON Schema", Assert.Single(e.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SchemaWithoutId_UnknownFieldStillNamed()
    {
        var schema = ScenarioSchema.Load(_temp.Write("plain.schema.json", """
            { "type": "object", "additionalProperties": false, "properties": { "ticks": { "type": "integer" } } }
            """));
        var doc = ResolvedDocument.Load(_temp.Write("s.json", """{ "tick": 3 }"""));

        var error = Assert.Single(schema.Validate(doc));

        Assert.Equal(("$.tick", "unknown field 'tick' (not in the schema); did you mean 'ticks'?"), (error.JsonPath, error.Message));
    }

    [Fact]
    public void Validate_AnyOfWithPassingBranch_NoErrors()
    {
        var schema = ScenarioSchema.FromText("""
            { "type": "object", "properties": { "x": { "anyOf": [ { "type": "string" }, { "type": "number" } ] } } }
            """, "anyof.json");
        var doc = ResolvedDocument.Load(_temp.Write("s.json", """{ "x": 3 }"""));

        Assert.Empty(schema.Validate(doc));
    }
}
