using MarketSim.Scenarios;

namespace MarketSim.Tests.Scenarios;

public sealed class ScenarioBinderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private InputError BindError(string json)
    {
        var doc = ResolvedDocument.Load(_temp.Write("s.json", json));
        return Assert.Single(Assert.Throws<InputException>(() => ScenarioBinder.Bind<TestScenario>(doc)).Errors);
    }

    [Fact]
    public void Bind_ValidDocument_SnakeCaseAndKebabEnums()
    {
        var doc = ResolvedDocument.Load(_temp.Write("s.json", TestSchemas.Valid));

        var scenario = ScenarioBinder.Bind<TestScenario>(doc);

        Assert.Equal("ok", scenario.Name);
        Assert.Equal(TestLabKind.OpenWeights, scenario.Labs[1].Kind);
        Assert.Equal(0.4, scenario.Labs[0].Markup);
        Assert.Null(scenario.Labs[0].Partner);
    }

    [Fact]
    public void Bind_InheritedDocument_ExtendsKeyIgnored()
    {
        _temp.Write("base.json", TestSchemas.Valid);
        var child = _temp.Write("child.json", """{ "extends": "base.json", "ticks": 5 }""");

        var scenario = ScenarioBinder.Bind<TestScenario>(ResolvedDocument.Load(child));

        Assert.Equal(5, scenario.Ticks);
    }

    [Fact]
    public void Bind_StringForNumber_ExpectedNumberWithLine()
    {
        var error = BindError("""
            {
              "name": "x", "ticks": 1,
              "labs": [
                { "id": "a", "markup": "0.4", "share": 1, "kind": "closed" }
              ]
            }
            """);

        Assert.Equal((4, "$.labs[0].markup"), (error.Line, error.JsonPath));
        Assert.Equal("expected a number, got a string (\"0.4\")", error.Message);
    }

    [Fact]
    public void Bind_BadEnum_ListsKebabNames()
    {
        var error = BindError("""
            {
              "name": "x", "ticks": 1,
              "labs": [
                { "id": "a", "markup": 0.4, "share": 1,
                  "kind": "semi-open" }
              ]
            }
            """);

        Assert.Equal((5, "$.labs[0].kind"), (error.Line, error.JsonPath));
        Assert.Equal("expected one of \"open-weights\", \"closed\", got a string (\"semi-open\")", error.Message);
    }

    [Fact]
    public void Bind_UnknownField_NamedWithLine()
    {
        var error = BindError("""
            {
              "name": "x", "ticks": 1,
              "labs": [],
              "colour": "red"
            }
            """);

        Assert.Equal((4, "$.colour", "unknown field 'colour'"), (error.Line, error.JsonPath, error.Message));
    }

    [Fact]
    public void Bind_MissingRequired_NamedAtObject()
    {
        var error = BindError("""
            {
              "name": "x", "ticks": 1,
              "labs": [
                { "id": "a", "share": 1, "kind": "closed" }
              ]
            }
            """);

        Assert.Equal((4, "$.labs[0]", "missing required field 'markup'"), (error.Line, error.JsonPath, error.Message));
    }

    [Fact]
    public void Bind_NullForNonNullable_MustNotBeNull()
    {
        var error = BindError("""
            {
              "name": null, "ticks": 1, "labs": []
            }
            """);

        Assert.Equal((2, "$.name", "must not be null"), (error.Line, error.JsonPath, error.Message));
    }

    [Fact]
    public void Bind_FractionForInteger_ExpectedInteger()
    {
        var error = BindError("""{ "name": "x", "ticks": 1.5, "labs": [] }""");

        Assert.Equal(("$.ticks", "expected an integer, got a number (1.5)"), (error.JsonPath, error.Message));
    }
}
