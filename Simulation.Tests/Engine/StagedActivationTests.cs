using MarketSim.Engine;

namespace MarketSim.Tests.Engine;

public sealed class StagedActivationTests
{
    [Fact]
    public void Run_SeveralStagesAndSets_EveryAgentActsOncePerStagePerTick()
    {
        var model = new StagedModel(seed: 42, buyers: 12, sellers: 5);

        model.RunFor(4);

        foreach (var tick in Enumerable.Range(0, 4))
        {
            Assert.Equal(model.Buyers.Select(a => a.Id).Order(), Ids(model, tick, "buy"));
            Assert.Equal(model.Sellers.Select(a => a.Id).Order(), Ids(model, tick, "sell"));
            Assert.Equal(model.Buyers.Select(a => a.Id).Order(), Ids(model, tick, "settle"));
        }
    }

    [Fact]
    public void Run_Stages_RunInTheOrderAdded()
    {
        var model = new StagedModel(seed: 42, buyers: 3, sellers: 2);

        model.RunFor(2);

        var stageSequence = model.Log.Select(e => (e.Tick, e.Stage)).Distinct().ToList();
        Assert.Equal(
            [(0, "buy"), (0, "sell"), (0, "report"), (0, "settle"), (1, "buy"), (1, "sell"), (1, "report"), (1, "settle")],
            stageSequence);
        Assert.Equal(["buy", "sell", "report", "settle"], model.Stages.StageNames);
    }

    [Fact]
    public void Run_ShuffledStage_OrderDiffersBetweenSeedsAndRepeatsForOneSeed()
    {
        static int[] BuyOrder(ulong seed)
        {
            var model = new StagedModel(seed, buyers: 20, sellers: 2);
            model.Step();
            return model.Log.Where(e => e.Stage == "buy").Select(e => e.Id).ToArray();
        }

        Assert.Equal(BuyOrder(1), BuyOrder(1));
        Assert.NotEqual(BuyOrder(1), BuyOrder(2));
    }

    [Fact]
    public void Run_UnshuffledStage_ActsInInsertionOrder()
    {
        var model = new StagedModel(seed: 42, buyers: 2, sellers: 6);

        model.Step();

        Assert.Equal(model.Sellers.Select(a => a.Id), model.Log.Where(e => e.Stage == "sell").Select(e => e.Id));
    }

    private static int[] Ids(StagedModel model, int tick, string stage) =>
        model.Log.Where(e => e.Tick == tick && e.Stage == stage).Select(e => e.Id).Order().ToArray();

    private sealed class StagedModel : Model
    {
        public StagedModel(ulong seed, int buyers, int sellers)
            : base(seed)
        {
            for (var i = 0; i < buyers; i++)
            {
                Buyers.Add(new Trader(this));
            }

            for (var i = 0; i < sellers; i++)
            {
                Sellers.Add(new Trader(this));
            }

            Stages
                .Add("buy", Buyers, a => Log.Add((Steps, "buy", a.Id)), Random)
                .Add("sell", Sellers, a => Log.Add((Steps, "sell", a.Id)), shuffleWith: null)
                .Add("report", () => Log.Add((Steps, "report", 0)))
                .Add("settle", Buyers, a => Log.Add((Steps, "settle", a.Id)), Random);
        }

        public AgentSet<Trader> Buyers { get; } = new();

        public AgentSet<Trader> Sellers { get; } = new();

        public StagedActivation Stages { get; } = new();

        public List<(int Tick, string Stage, int Id)> Log { get; } = [];

        protected override void OnStep() => Stages.Run();
    }

    private sealed class Trader(Model model) : Agent(model);
}
