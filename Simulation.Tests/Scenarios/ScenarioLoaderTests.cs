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
}
