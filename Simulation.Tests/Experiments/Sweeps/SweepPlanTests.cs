using MarketSim.Experiments;
using MarketSim.Experiments.Sweeps;

namespace MarketSim.Tests.Experiments.Sweeps;

public sealed class SweepPlanTests
{
    [Fact]
    public void Create_SameFile_SameHash()
    {
        using var fixture = new SweepFixture();
        var path = fixture.WriteSweep();

        var first = SweepPlan.Create(SweepLoader.Load(path));
        var second = SweepPlan.Create(SweepLoader.Load(path));

        Assert.Equal(first.Hash, second.Hash);
        Assert.Equal(64, first.Hash.Length);
        Assert.Equal(8, first.RunCount);
    }

    [Fact]
    public void Create_DifferentSeed_DifferentHashAndSeeds()
    {
        using var fixture = new SweepFixture();
        var a = SweepPlan.Create(SweepLoader.Load(fixture.WriteSweep("a", seed: 7)));
        var b = SweepPlan.Create(SweepLoader.Load(fixture.WriteSweep("a", seed: 8)));

        Assert.NotEqual(a.Hash, b.Hash);
        Assert.NotEqual(a.RunSeed(0), b.RunSeed(0));
    }

    [Fact]
    public void RunIds_AreReplicationsWithinPoints()
    {
        using var fixture = new SweepFixture();
        var plan = SweepPlan.Create(SweepLoader.Load(fixture.WriteSweep(replications: 3)));

        Assert.Equal(12, plan.RunCount);
        Assert.Equal((1, 2), (plan.PointOf(5), plan.ReplicationOf(5)));
        // Common random numbers: a grid's points share seed group 0, so run 5 (point 1, replication 2)
        // has the seed of every point's replication 2.
        Assert.Equal(MarketSim.Engine.SeedMixer.Derive(MarketSim.Engine.SeedMixer.Derive(7UL, 0L), 2L), plan.RunSeed(5));
        Assert.Equal(plan.RunSeed(2), plan.RunSeed(5));
        Assert.NotEqual(plan.RunSeed(4), plan.RunSeed(5));
        // Grid: the last parameter varies fastest.
        Assert.Equal([0, 0.5], plan.Design.Points[0]);
        Assert.Equal([0, 1.5], plan.Design.Points[1]);
        Assert.Equal(SweepDesignKind.Grid, plan.Design.Kind);
    }

    [Fact]
    public void WriteFile_ReadFile_RoundTripsTheHash()
    {
        using var fixture = new SweepFixture();
        var plan = SweepPlan.Create(SweepLoader.Load(fixture.WriteSweep(design: """{ "kind": "sobol", "samples": 4 }""")));
        var path = fixture.Sub("plan.json");

        plan.WriteFile(path);
        var read = SweepPlan.ReadFile(path);

        Assert.Equal(plan.Hash, read.Hash);
        Assert.Equal(plan.Design.Points, read.Design.Points);
    }

    [Fact]
    public void ReadFile_EditedPlan_IsRejected()
    {
        using var fixture = new SweepFixture();
        var plan = SweepPlan.Create(SweepLoader.Load(fixture.WriteSweep()));
        var path = fixture.Sub("plan.json");
        plan.WriteFile(path);
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"replications\": 2", "\"replications\": 3", StringComparison.Ordinal));

        Assert.Throws<InvalidDataException>(() => SweepPlan.ReadFile(path));
    }
}
