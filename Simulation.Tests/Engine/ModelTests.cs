using MarketSim.Engine;

namespace MarketSim.Tests.Engine;

public sealed class ModelTests
{
    [Fact]
    public void Step_Called_CountsTicksAndSeesTheCurrentTick()
    {
        var model = new CountingModel(stopAt: int.MaxValue);

        model.Step();
        model.Step();

        Assert.Equal(2, model.Steps);
        Assert.Equal([0, 1], model.Seen);
    }

    [Fact]
    public void RunFor_RunningSetFalse_Stops()
    {
        var model = new CountingModel(stopAt: 3);

        model.RunFor(10);

        Assert.Equal(4, model.Steps);
    }

    [Fact]
    public void Agent_Created_GetsSequentialIdsFromOne()
    {
        var model = new CountingModel(stopAt: 0);

        var ids = Enumerable.Range(0, 3).Select(_ => new Pawn(model).Id).ToArray();

        Assert.Equal([1, 2, 3], ids);
    }

    [Fact]
    public void Remove_Twice_DeactivatesOnceAndKeepsTheId()
    {
        var model = new CountingModel(stopAt: 0);
        var pawn = new Pawn(model);
        _ = new Pawn(model);

        pawn.Remove();
        pawn.Remove();

        Assert.False(pawn.IsActive);
        Assert.Equal(1, pawn.Id);
        Assert.Equal(1, model.Removals);
    }

    [Fact]
    public void Constructor_Seed_DerivesTheModelStreamByName()
    {
        var model = new CountingModel(stopAt: 0);

        var expected = new RandomStream(SeedMixer.Derive(model.Seed, "model")).NextUInt64();

        Assert.Equal(expected, model.Random.NextUInt64());
    }

    private sealed class CountingModel(int stopAt) : Model(7)
    {
        public List<int> Seen { get; } = [];

        protected override void OnStep()
        {
            Seen.Add(Steps);
            Running = Steps < stopAt;
        }
    }

    private sealed class Pawn(Model model) : Agent(model);
}
