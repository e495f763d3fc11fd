using MarketSim.Experiments;
using MarketSim.Experiments.Backtests;
using MarketSim.Experiments.Bridges;
using MarketSim.Market;
using MarketSim.Scenarios;
using MarketSim.Tests.Scenarios;

namespace MarketSim.Tests.Experiments.Bridges;

/// <summary>A bridge sets the earlier scenario's state in the later one's start month beside the later one's tick-0 state.</summary>
public sealed class BridgeRunnerTests
{
    private static string Baseline => Path.Combine(Support.Repository.Root, "scenarios", "baseline-2025.json");

    private static ReplicationScenarios Load(string path) => ReplicationScenarios.Of(ScenarioLoader.Load(path, []), []);

    [Theory]
    [InlineData("2024-01", "2025-11", 22)]
    [InlineData("2025-11", "2026-01", 2)]
    [InlineData("2025-11", "2025-11", 0)]
    [InlineData("2025-11", "2025-10", -1)]
    public void MonthsBetween_CountsCalendarMonths(string from, string to, int months)
    {
        var scenario = ScenarioLoader.Load(Baseline, []).Parameters;
        Assert.Equal(months, BridgeRunner.MonthsBetween(scenario with { StartMonth = from }, scenario with { StartMonth = to }));
    }

    [Fact]
    public void Run_SetsTheEarlierStateInTheLaterStartMonthBesideTheLaterTickZero()
    {
        using var folder = new TempFolder();
        var small = folder.Write("small.json", $$"""{ "extends": "{{Baseline.Replace("\\", "/", StringComparison.Ordinal)}}", "name": "small", "customers": { "count": 800 } }""");
        // The later scenario: the same market four months on, with a fifth more cash at OpenAI.
        var later = folder.Write("later.json", $$"""{ "extends": "small.json", "name": "later", "start_month": "2026-03", "labs": [ { "id": "openai", "cash": 48 } ] }""");
        var from = Load(small);
        var to = Load(later);

        var result = BridgeRunner.Run(from, to, 3, 2, null, CancellationToken.None);

        Assert.Equal(("2026-03", 4), (result.Month, result.Tick));
        Assert.Empty(result.OnlyInSource);
        Assert.Empty(result.OnlyInTarget);
        // Against each scenario's own replications, snapshotted independently: month 4 of the earlier one, tick 0 of the later.
        var source = Enumerable.Range(0, 3).Select(r => StateIn(from, r, 4)).ToArray();
        var target = Enumerable.Range(0, 3).Select(r => StateIn(to, r, 0)).ToArray();
        Assert.Equal(target[0].Count, result.Rows.Count);
        for (var i = 0; i < result.Rows.Count; i++)
        {
            var row = result.Rows[i];
            Assert.Equal(target[0][i].Quantity, new StateQuantity(row.Kind, row.Id, row.Measure, row.Unit));
            var simulated = source.Select(s => s[i].Value).ToArray();
            Assert.Equal(BacktestScoring.Quantile(target.Select(s => s[i].Value).ToArray(), 0.5), row.Target, 12);
            Assert.Equal(BacktestScoring.Quantile(simulated, 0.05), row.P5, 12);
            Assert.Equal(BacktestScoring.Quantile(simulated, 0.5), row.Median, 12);
            Assert.Equal(BacktestScoring.Quantile(simulated, 0.95), row.P95, 12);
            Assert.Equal(row.Target >= row.P5 && row.Target <= row.P95, row.InBand);
            if (row.Median > 0 && row.Target > 0)
                Assert.Equal(Math.Log(row.Median / row.Target), row.LogRatio!.Value, 12);
            else
                Assert.Null(row.LogRatio);
        }
    }

    [Fact]
    public void Run_ALaterScenarioThatDoesNotStartLater_IsRefused()
    {
        var baseline = Load(Baseline);
        Assert.Throws<ArgumentException>(() => BridgeRunner.Run(baseline, baseline, 1, 1, null, CancellationToken.None));
    }

    [Fact]
    public void Run_IsTheSameAtAnyThreadCount()
    {
        var from = Load(Path.Combine(Support.Repository.Root, "scenarios", "hindcast-2024.json"));
        var to = Load(Baseline);
        var one = BridgeRunner.Run(from, to, 3, 1, null, CancellationToken.None);
        var two = BridgeRunner.Run(from, to, 3, 2, null, CancellationToken.None);
        Assert.Equal(one.Rows, two.Rows);
        Assert.Equal(22, one.Tick);
    }

    [Fact]
    public void Snapshot_VendorCloudShare_IsTheCloudsPartOfTheMonthsSales()
    {
        // baseline-2025 solves the outside fleets' demand so that the clouds take about half of NVIDIA's first
        // shipments (MODEL.md 8.4.6), so its tick-0 reading is a check of the quantity, not of the model.
        MarketModel? market = null;
        MarketRunner.Run(Load(Baseline).For(0), 0, sink: null, flows: false, check: false, ticks: 1, afterTick: m => market = m);
        var state = StateSnapshot.Of(market!);
        var nvidia = market!.Vendors.Single(v => v.FirmId == "nvidia");
        var share = state.Single(q => q.Quantity == new StateQuantity("vendor", "nvidia", "cloud_share", "fraction")).Value;
        Assert.Equal(nvidia.CloudRevenue / (nvidia.CloudRevenue + nvidia.FleetRevenue), share, 12);
        Assert.InRange(share, 0.4, 0.65);
    }

    private static IReadOnlyList<(StateQuantity Quantity, double Value)> StateIn(ReplicationScenarios scenarios, int replication, int tick)
    {
        IReadOnlyList<(StateQuantity, double)>? state = null;
        MarketRunner.Run(scenarios.For(replication), replication, sink: null, flows: false, check: false, ticks: tick + 1,
            afterTick: m => state = m.Steps - 1 == tick ? StateSnapshot.Of(m) : state);
        return state!;
    }
}
