using MarketSim.Scenarios;
using MarketSim.Tests.Support;

namespace MarketSim.Tests.Scenarios;

public sealed class ScenarioOverridesTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private ResolvedDocument Load() => ResolvedDocument.Load(_temp.Write("s.json", """
        {
          "name": "s",
          "labs": [ { "id": "openai", "markup": 0.4 }, { "id": "anthropic", "markup": 0.5 } ],
          "market": { "rho": 0.9 }
        }
        """));

    [Fact]
    public void Apply_SelectorOverride_ValueSetAndAttributedToSet()
    {
        var doc = Load();

        var errors = ScenarioOverrides.Apply(doc, ["labs[id=anthropic].markup=0.45", "market.rho = 0.1"]);

        Assert.Empty(errors);
        Assert.Equal(0.45, doc.Root!["labs"]![1]!["markup"]!.GetValue<double>());
        Assert.Equal(0.1, doc.Root["market"]!["rho"]!.GetValue<double>());
        Assert.Equal(new SourceLocation("--set", null, null), doc.Locate("$.labs[1].markup"));
        Assert.Equal(3, doc.Locate("$.labs[0].markup").Line);
    }

    [Fact]
    public void Apply_InOrder_LastWins()
    {
        var doc = Load();

        ScenarioOverrides.Apply(doc, ["market.rho=0.1", "market.rho=0.2"]);

        Assert.Equal(0.2, doc.Root!["market"]!["rho"]!.GetValue<double>());
    }

    [Fact]
    public void Apply_ReplaceSubtree_OldLinesForgotten()
    {
        var doc = Load();

        ScenarioOverrides.Apply(doc, ["labs=[{\"id\":\"x\",\"markup\":1}]"]);

        Assert.Equal("--set", doc.Locate("$.labs[0].markup").File);
        Assert.Equal("--set", doc.Locate("$.labs[1].markup").File);
    }

    [Fact]
    public void Apply_NewField_AddedForSchemaToJudge()
    {
        var doc = Load();

        var errors = ScenarioOverrides.Apply(doc, ["market.sigma=0.3"]);

        Assert.Empty(errors);
        Assert.Equal(0.3, doc.Root!["market"]!["sigma"]!.GetValue<double>());
    }

    [Fact]
    public void Apply_BadOverrides_EveryOneReportedGoodOnesApplied()
    {
        var doc = Load();

        var errors = ScenarioOverrides.Apply(doc, ["labs[id=opnai].markup=0.4", "markup", "labs..markup=1", "name=renamed"]);

        Assert.Equal(3, errors.Count);
        Assert.All(errors, e => Assert.Equal("--set", e.File));
        Assert.Equal(
            "--set: labs[id=opnai].markup=0.4: no item of labs has id 'opnai'; ids are: openai, anthropic",
            errors[0].ToString());
        Assert.Contains("'markup' is not path=value", errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("invalid path 'labs..markup'", errors[2].Message, StringComparison.Ordinal);
        Assert.Equal("renamed", doc.Root!["name"]!.GetValue<string>());
    }

    [Fact]
    public void Apply_NumberUnderGermanCulture_Invariant()
    {
        using var culture = new CultureScope("de-DE");
        var doc = Load();

        ScenarioOverrides.Apply(doc, ["market.rho=0.25"]);

        Assert.Equal(0.25, doc.Root!["market"]!["rho"]!.GetValue<double>());
    }
}
