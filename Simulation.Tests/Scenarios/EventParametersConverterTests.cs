using System.Text.Json;
using MarketSim.Market.Events;
using MarketSim.Market.Parameters;
using MarketSim.Scenarios;

namespace MarketSim.Tests.Scenarios;

/// <summary>A stand-in holding only events, so the converter is tested without the rest of a scenario.</summary>
public sealed record EventHolder(IReadOnlyList<EventParameters> Events);

public sealed class EventParametersConverterTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private EventHolder Bind(string json) => ScenarioBinder.Bind<EventHolder>(ResolvedDocument.Load(_temp.Write("e.json", json)));

    private InputError BindError(string json) => Assert.Single(Assert.Throws<InputException>(() => Bind(json)).Errors);

    [Fact]
    public void EventKinds_DiscoveredByReflection_EveryMarketKind()
    {
        Assert.Equal(
            ["alliance-end", "alliance-start", "allocation-change", "efficiency-shock", "funding-freeze", "lab-breakthrough", "lab-entry", "price-war", "supply-shock"],
            EventKinds.Names);
        Assert.Equal(typeof(SupplyShock), EventKinds.Find("supply-shock"));
        Assert.Null(EventKinds.Find("Supply-Shock"));
    }

    [Fact]
    public void Bind_EachKind_ConcreteRecord()
    {
        var holder = Bind("""
            { "events": [
              { "kind": "efficiency-shock", "tick": 1, "factor": 0.5 },
              { "tick": 2, "kind": "supply-shock", "vendor": null, "factor": 0.5, "months": 3 },
              { "kind": "price-war", "tick": 3, "clouds": ["aws"], "cut": 0.2 },
              { "kind": "alliance-end", "tick": 4, "alliance": "a" },
              { "kind": "allocation-change", "tick": 5, "lab": "openai", "cloud_allocation": { "azure": 0.7, "oracle": 0.3 } }
            ] }
            """);

        Assert.Equal(new EfficiencyShock(1, 0.5), holder.Events[0]);
        Assert.Equal(new SupplyShock(2, null, 0.5, 3), holder.Events[1]);
        Assert.Equal(["aws"], Assert.IsType<PriceWar>(holder.Events[2]).Clouds!);
        Assert.Equal("alliance-end", holder.Events[3].Kind);
        var change = Assert.IsType<AllocationChange>(holder.Events[4]);
        Assert.Equal(("openai", 0.7, 0.3), (change.Lab, change.CloudAllocation["azure"], change.CloudAllocation["oracle"]));
    }

    [Fact]
    public void Bind_UnknownKind_ErrorAtKindListsKnownKinds()
    {
        var error = BindError("""
            { "events": [
              { "kind": "efficiency-shock", "tick": 1, "factor": 0.5 },
              { "kind": "meteor-strike", "tick": 2 }
            ] }
            """);

        Assert.Equal(("$.events[1].kind", 3), (error.JsonPath, error.Line));
        Assert.Equal("unknown event kind 'meteor-strike'; known kinds: " + string.Join(", ", EventKinds.Names), error.Message);
    }

    [Fact]
    public void Bind_MissingKind_ErrorAtEvent()
    {
        var error = BindError("""
            { "events": [
              { "tick": 2, "factor": 0.5 }
            ] }
            """);

        Assert.Equal(("$.events[0]", 2), (error.JsonPath, error.Line));
        Assert.StartsWith("missing required field 'kind'; known kinds: alliance-end,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_KindNotString_ErrorAtKind()
    {
        var error = BindError("""{ "events": [ { "kind": 3, "tick": 2 } ] }""");

        Assert.Equal("$.events[0].kind", error.JsonPath);
        Assert.StartsWith("expected a string, got a number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_NullEvent_Error()
    {
        var error = BindError("""{ "events": [ null ] }""");

        Assert.Equal("$.events[0]", error.JsonPath);
        Assert.StartsWith("expected an event object", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_WrongFieldType_PathInsideEventWithLine()
    {
        var error = BindError("""
            { "events": [
              { "kind": "efficiency-shock", "tick": 1, "factor": 0.5 },
              { "kind": "efficiency-shock", "tick": 1,
                "factor": "half" }
            ] }
            """);

        Assert.Equal(("$.events[1].factor", 4), (error.JsonPath, error.Line));
        Assert.Equal("expected a number, got a string (\"half\")", error.Message);
    }

    [Fact]
    public void Bind_UnknownFieldInEvent_NamedWithPath()
    {
        var error = BindError("""{ "events": [ { "kind": "lab-breakthrough", "tick": 1, "lab": "x", "factor": 2, "boost": 1 } ] }""");

        Assert.Equal(("$.events[0].boost", "unknown field 'boost'"), (error.JsonPath, error.Message));
    }

    [Fact]
    public void Bind_MissingFieldInEvent_NamedAtEvent()
    {
        var error = BindError("""{ "events": [ { "kind": "funding-freeze", "tick": 1, "months": 2 } ] }""");

        Assert.Equal(("$.events[0]", "missing required field 'shock'"), (error.JsonPath, error.Message));
    }

    [Fact]
    public void Bind_NestedLabInEntry_PathThroughLab()
    {
        var error = BindError("""{ "events": [ { "kind": "lab-entry", "tick": 1, "lab": { "id": 5 } } ] }""");

        Assert.Equal("$.events[0].lab.id", error.JsonPath);
        Assert.Equal("expected a string, got a number (5)", error.Message);
    }

    [Fact]
    public void Write_Events_ReadBackEqual()
    {
        IReadOnlyList<EventParameters> events = [new FundingFreeze(3, 6, 0.1), new AllianceStart(2, "x"), new SupplyShock(1, "nvidia", 0.5, null)];

        var json = JsonSerializer.Serialize(new EventHolder(events), ScenarioBinder.Options);
        var back = Bind(json);

        Assert.Contains("\"kind\":\"funding-freeze\"", json, StringComparison.Ordinal);
        Assert.Equal(events, back.Events);
    }
}
