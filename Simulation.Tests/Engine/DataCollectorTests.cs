using MarketSim.Engine;
using MarketSim.Engine.Reference;

namespace MarketSim.Tests.Engine;

public sealed class DataCollectorTests
{
    [Fact]
    public void Collect_EveryTick_OneModelRowPerTickWithReporterValues()
    {
        var sink = new MemoryDataSink();
        var counter = 0;
        var collector = new DataCollector()
            .AddModelReporter("count", () => DataValue.Of((long)counter))
            .AddModelReporter("half", () => DataValue.Of(counter / 2.0))
            .AddSink(sink);

        for (var tick = 0; tick < 3; tick++)
        {
            counter += 10;
            collector.Collect(tick);
        }

        Assert.Equal(["tick", "count", "half"], sink.Columns(DataCollector.ModelTable));
        Assert.Equal([0L, 1L, 2L], sink.Column(DataCollector.ModelTable, "tick").Select(v => v.AsInteger()));
        Assert.Equal([10L, 20L, 30L], sink.Column(DataCollector.ModelTable, "count").Select(v => v.AsInteger()));
        Assert.Equal([5.0, 10.0, 15.0], sink.Column(DataCollector.ModelTable, "half").Select(v => v.AsDouble()));
    }

    [Fact]
    public void Collect_KeyColumns_FollowTickInEveryTable()
    {
        var sink = new MemoryDataSink();
        var collector = new DataCollector(1, ("replication", DataValue.Of(3L)), ("scenario", DataValue.Of("base")))
            .AddModelReporter("x", () => DataValue.Of(1.5))
            .AddAgentTable("agents", () => new[] { 7, 8 }, ("value", v => DataValue.Of((long)v)))
            .AddSink(sink);

        collector.Collect(0);

        Assert.Equal(["tick", "replication", "scenario", "x"], sink.Columns(DataCollector.ModelTable));
        Assert.Equal(["tick", "replication", "scenario", "value"], sink.Columns("agents"));
        Assert.Equal("0,3,base,1.5", string.Join(",", sink.Rows(DataCollector.ModelTable)[0].Select(v => v.ToString())));
        Assert.Equal("0,3,base,8", string.Join(",", sink.Rows("agents")[1].Select(v => v.ToString())));
    }

    [Fact]
    public void Collect_AgentTable_OneRowPerAgentPerTick()
    {
        var model = new MoneyModel(4, seed: 1);
        var sink = new MemoryDataSink();
        var collector = new DataCollector()
            .AddAgentTable("wealth", () => model.Agents, ("id", a => DataValue.Of((long)a.Id)), ("wealth", a => DataValue.Of((long)a.Wealth)))
            .AddSink(sink);

        collector.Collect(model.Steps);
        model.Step();
        collector.Collect(model.Steps);

        var rows = sink.Rows("wealth");
        Assert.Equal(8, rows.Count);
        Assert.Equal([0L, 0L, 0L, 0L, 1L, 1L, 1L, 1L], rows.Select(r => r[0].AsInteger()));
        Assert.Equal([1L, 2L, 3L, 4L, 1L, 2L, 3L, 4L], rows.Select(r => r[1].AsInteger()));
        Assert.Equal(model.Agents.Select(a => (long)a.Wealth), rows.Skip(4).Select(r => r[2].AsInteger()));
        Assert.Empty(sink.Rows(DataCollector.ModelTable));
    }

    [Fact]
    public void Collect_Period_KeepsOnlyTicksOnThePeriodAndCollectFinalAddsTheLast()
    {
        var sink = new MemoryDataSink();
        var collector = new DataCollector(period: 3).AddModelReporter("one", () => DataValue.Of(1L)).AddSink(sink);

        for (var tick = 0; tick <= 7; tick++)
        {
            collector.Collect(tick);
        }

        collector.CollectFinal(7);

        Assert.Equal([0L, 3L, 6L, 7L], sink.Column(DataCollector.ModelTable, "tick").Select(v => v.AsInteger()));
    }

    [Fact]
    public void CollectFinal_LastTickOnThePeriod_DoesNotDuplicateIt()
    {
        var sink = new MemoryDataSink();
        var collector = new DataCollector(period: 3).AddModelReporter("one", () => DataValue.Of(1L)).AddSink(sink);

        collector.Collect(6);
        collector.CollectFinal(6);

        Assert.Single(sink.Rows(DataCollector.ModelTable));
    }

    [Fact]
    public void Collect_TwoSinks_BothGetEveryRow()
    {
        var first = new MemoryDataSink();
        var second = new MemoryDataSink();
        var collector = new DataCollector().AddModelReporter("v", () => DataValue.Of(2L)).AddSink(first).AddSink(second);

        collector.Collect(0);
        collector.Collect(1);

        Assert.Equal(2, first.Rows(DataCollector.ModelTable).Count);
        Assert.Equal(2, second.Rows(DataCollector.ModelTable).Count);
    }

    [Fact]
    public void AddAfterFirstCollect_AnyReporterOrSink_Throws()
    {
        var collector = new DataCollector().AddModelReporter("v", () => DataValue.Of(1L)).AddSink(new MemoryDataSink());
        collector.Collect(0);

        Assert.Throws<InvalidOperationException>(() => collector.AddModelReporter("late", () => DataValue.Of(2L)));
        Assert.Throws<InvalidOperationException>(() => collector.AddAgentTable("late", () => new[] { 1 }, ("v", i => DataValue.Of((long)i))));
        Assert.Throws<InvalidOperationException>(() => collector.AddSink(new MemoryDataSink()));
    }

    [Fact]
    public void Constructor_PeriodBelowOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DataCollector(period: 0));
    }

    [Fact]
    public void CollectedMoneyRun_SameSeed_IdenticalRows()
    {
        var first = CollectMoneyRun(seed: 5);
        var again = CollectMoneyRun(seed: 5);

        Assert.Equal(first, again);
    }

    [Fact]
    public void CollectedMoneyRun_DifferentSeeds_RowsDiffer()
    {
        var first = CollectMoneyRun(seed: 5);
        var other = CollectMoneyRun(seed: 6);

        Assert.NotEqual(first, other);
    }

    private static string CollectMoneyRun(ulong seed)
    {
        var model = new MoneyModel(50, seed);
        var sink = new MemoryDataSink();
        var collector = new DataCollector(period: 2, ("seed", DataValue.Of((long)seed)))
            .AddModelReporter("gini", () => DataValue.Of(model.Gini()))
            .AddAgentTable("agents", () => model.Agents, ("wealth", a => DataValue.Of((long)a.Wealth)))
            .AddSink(sink);
        for (var i = 0; i < 9; i++)
        {
            model.Step();
            collector.Collect(model.Steps);
        }

        collector.CollectFinal(model.Steps);
        var lines = sink.Rows(DataCollector.ModelTable).Concat(sink.Rows("agents"))
            .Select(row => string.Join(",", row.Skip(1).Select(v => v.ToString())));
        return string.Join("\n", lines);
    }
}
