using MarketSim.Engine;

namespace MarketSim.Tests.Engine;

public sealed class ContextStagedActivationTests
{
    [Fact]
    public void Run_Stages_ReceiveTheContextInTheOrderAdded()
    {
        var model = new ContextModel(seed: 7, traders: 4);

        model.RunFor(2);

        Assert.Equal(["price", "trade", "settle"], model.Stages.StageNames);
        Assert.Equal(
            [(0, "price"), (0, "trade"), (0, "settle"), (1, "price"), (1, "trade"), (1, "settle")],
            model.Tick.Log.Select(e => (e.Tick, e.Stage)).Distinct().ToList());
    }

    [Fact]
    public void Run_AgentStage_ActsOnEveryAgentOnceWithTheContext()
    {
        var model = new ContextModel(seed: 7, traders: 6);

        model.Step();

        Assert.Equal(model.Traders.Select(a => a.Id).Order(), model.Tick.Log.Where(e => e.Stage == "trade").Select(e => e.Id).Order());
        Assert.Equal(model.Traders.Select(a => a.Id), model.Tick.Log.Where(e => e.Stage == "settle").Select(e => e.Id));
    }

    [Fact]
    public void Run_ShuffledAgentStage_DrawsTheSameOrderAsShuffleDo()
    {
        // A context stage consumes the stream exactly like AgentSet.ShuffleDo, so moving a model onto
        // the stage table keeps its random sequence.
        var staged = new ContextModel(seed: 11, traders: 20);
        staged.Step();
        var direct = new ContextModel(seed: 11, traders: 20);
        var order = new List<int>();
        direct.Traders.ShuffleDo(t => order.Add(t.Id), direct.Random);

        Assert.Equal(order, staged.Tick.Log.Where(e => e.Stage == "trade").Select(e => e.Id));
    }

    private sealed class TickContext
    {
        public int Tick { get; set; }

        public List<(int Tick, string Stage, int Id)> Log { get; } = [];
    }

    private sealed class ContextModel : Model
    {
        public ContextModel(ulong seed, int traders)
            : base(seed)
        {
            for (var i = 0; i < traders; i++)
            {
                Traders.Add(new Trader(this));
            }

            Stages
                .Add("price", static t => t.Log.Add((t.Tick, "price", 0)))
                .Add("trade", _ => Traders, static (a, t) => t.Log.Add((t.Tick, "trade", a.Id)), Random)
                .Add("settle", _ => Traders, static (a, t) => t.Log.Add((t.Tick, "settle", a.Id)), shuffleWith: null);
        }

        public AgentSet<Trader> Traders { get; } = new();

        public StagedActivation<TickContext> Stages { get; } = new();

        public TickContext Tick { get; } = new();

        protected override void OnStep()
        {
            Tick.Tick = Steps;
            Stages.Run(Tick);
        }
    }

    private sealed class Trader(Model model) : Agent(model);
}
