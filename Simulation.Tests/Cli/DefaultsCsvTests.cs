using MarketSim.Output;
using MathNet.Numerics.Statistics;

namespace MarketSim.Tests.Cli;

/// <summary>defaults.csv says what firms.csv's alive column says: who is dead at the last tick, and since when.</summary>
public sealed class DefaultsCsvTests
{
    [Fact]
    public void Run_DefaultsCsv_AgreesWithTheAliveColumnOfFirmsCsv()
    {
        var folder = Path.Combine(CliHarness.TempDir(), "run");
        // Ten years, so the baseline's CoreWeave and Oracle have time to default (docs/model.md 3.3.16).
        var (exit, _, error) = CliHarness.Run("run", CliHarness.Baseline, "--out", folder, "--replications", "3", "--no-charts", "--no-flows",
            "--set", "customers.count=800", "--quiet");
        Assert.True(exit == 0, error);

        var firms = CsvTable.ReadAll<FirmRow>(Path.Combine(folder, "firms.csv"));
        var defaults = CsvTable.ReadAll<DefaultsRow>(Path.Combine(folder, "defaults.csv"));
        var last = firms.Max(f => f.Tick);
        Assert.Equal(firms.Select(f => f.Id).Distinct(), defaults.Select(d => d.Id));
        Assert.Contains(defaults, d => d.Defaults > 0);
        foreach (var row in defaults)
        {
            var own = firms.Where(f => f.Id == row.Id).ToList();
            var dead = own.Where(f => f.Tick == last && !f.Alive).Select(f => f.Replication).ToList();
            var died = dead.Select(r => (double)own.Where(f => f.Replication == r && !f.Alive).Min(f => f.Tick)).ToList();
            Assert.Equal(own.Select(f => f.Replication).Distinct().Count(), row.Replications);
            Assert.Equal(dead.Count, row.Defaults);
            Assert.Equal((double)dead.Count / row.Replications, row.DefaultShare, 12);
            Assert.Equal(died.Count > 0 ? died.Median() : double.NaN, row.MedianDefaultTick);
            Assert.Equal(own[0].Kind, row.Kind);
        }
    }
}
