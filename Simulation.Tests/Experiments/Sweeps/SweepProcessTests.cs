using System.Diagnostics;

namespace MarketSim.Tests.Experiments.Sweeps;

/// <summary>The real program in separate processes: shards on "different machines", and a kill part-way.</summary>
public sealed class SweepProcessTests
{
    private static readonly string[] Compared = ["runs.csv", "summary.csv", "sensitivity.csv", "prim.csv", "plan.json"];

    [Fact]
    public void FourShardProcesses_Merged_EqualSingleProcessSweep()
    {
        using var fixture = new SweepFixture();
        var file = fixture.WriteSweep(replications: 3);
        var single = SweepFixture.Run("sweep", file, "--out", fixture.Sub("single"), "--quiet", "--parallel", "2");
        Assert.True(single.Exit == 0, single.Error);

        var processes = Enumerable.Range(0, 4)
            .Select(i => SweepFixture.Start("sweep", file, "--out", fixture.Sub("cluster"), "--shard", $"{i}/4", "--quiet", "--parallel", "1"))
            .ToList();
        foreach (var process in processes)
        {
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, error);
            process.Dispose();
        }

        Assert.Equal(4, File.ReadAllLines(Path.Combine(fixture.Sub("cluster"), "shard-1-of-4", "runs.csv")).Length); // header + runs 1, 5, 9
        var merged = SweepFixture.Run("merge", fixture.Sub("cluster"), "--out", fixture.Sub("merged"));
        Assert.True(merged.Exit == 0, merged.Error);
        foreach (var name in Compared)
            Assert.Equal(File.ReadAllBytes(Path.Combine(fixture.Sub("single"), name)), File.ReadAllBytes(Path.Combine(fixture.Sub("merged"), name)));
    }

    [Fact]
    public void KilledSweep_Resumed_EqualsUninterruptedSweep()
    {
        using var fixture = new SweepFixture();
        var file = fixture.WriteSweep(replications: 6, ticks: 48);
        var full = SweepFixture.Run("sweep", file, "--out", fixture.Sub("full"), "--quiet", "--parallel", "2");
        Assert.True(full.Exit == 0, full.Error);

        var runs = Path.Combine(fixture.Sub("cut"), "runs.csv");
        using (var process = SweepFixture.Start("sweep", file, "--out", fixture.Sub("cut"), "--quiet", "--parallel", "1"))
        {
            var clock = Stopwatch.StartNew();
            while (!process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60) && Rows(runs) < 3)
                Thread.Sleep(10);
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        var before = Rows(runs);
        Assert.InRange(before, 0, 23);
        var resumed = SweepFixture.Run("sweep", file, "--out", fixture.Sub("cut"), "--resume", "--quiet");

        Assert.True(resumed.Exit == 0, resumed.Error);
        foreach (var name in Compared)
            Assert.Equal(File.ReadAllBytes(Path.Combine(fixture.Sub("full"), name)), File.ReadAllBytes(Path.Combine(fixture.Sub("cut"), name)));
    }

    private static int Rows(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return Math.Max(0, reader.ReadToEnd().Count(c => c == '\n') - 1);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
