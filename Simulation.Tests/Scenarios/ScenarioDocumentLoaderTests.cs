using MarketSim.Scenarios;

namespace MarketSim.Tests.Scenarios;

public sealed class ScenarioDocumentLoaderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string SchemaPath => _temp.Write("scenario.schema.json", TestSchemas.Scenario);

    [Fact]
    public void Load_ValidWithOverride_ValidatedAndBindable()
    {
        var file = _temp.Write("s.json", TestSchemas.Valid);

        var doc = ScenarioDocumentLoader.Load(file, ["labs[id=meta].markup=0.2", "ticks=20"], SchemaPath);
        var scenario = ScenarioBinder.Bind<TestScenario>(doc);

        Assert.Equal((0.2, 20), (scenario.Labs[1].Markup, scenario.Ticks));
    }

    [Fact]
    public void Load_BadOverrideAndSchemaErrors_AllReportedTogether()
    {
        var file = _temp.Write("s.json", TestSchemas.Valid);

        var e = Assert.Throws<InputException>(
            () => ScenarioDocumentLoader.Load(file, ["labs[id=opnai].markup=0.2", "labs[0].markup=-1", "ticks=0,5"], SchemaPath));

        var messages = e.Errors.Select(x => x.ToString()).ToList();
        Assert.Equal(3, messages.Count);
        Assert.Contains("--set: labs[id=opnai].markup=0.2: no item of labs has id 'opnai'; ids are: openai, meta", messages);
        Assert.Contains("--set: $.labs[0].markup: must be at least 0 (got -1)", messages);
        Assert.Contains("--set: $.ticks: expected an integer, got a string (\"0,5\")", messages);
    }

    [Fact]
    public void Load_DirectoryAsScenario_InputError()
    {
        var e = Assert.Throws<InputException>(() => ScenarioDocumentLoader.Load(_temp.Root, [], SchemaPath));

        Assert.Equal($"{_temp.Root}: is a directory, expected a JSON file", Assert.Single(e.Errors).ToString());
    }

    [Fact]
    public void Load_MissingScenario_InputError()
    {
        var missing = _temp.PathOf("missing.json");

        var e = Assert.Throws<InputException>(() => ScenarioDocumentLoader.Load(missing, [], SchemaPath));

        Assert.Equal($"{missing}: file not found", Assert.Single(e.Errors).ToString());
    }

    [Fact]
    public void Load_MissingSchema_InputError()
    {
        var file = _temp.Write("s.json", TestSchemas.Valid);

        var e = Assert.Throws<InputException>(() => ScenarioDocumentLoader.Load(file, [], _temp.PathOf("none.json")));

        Assert.Equal("file not found", Assert.Single(e.Errors).Message);
    }
}
