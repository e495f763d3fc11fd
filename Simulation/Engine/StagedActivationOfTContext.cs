namespace MarketSim.Engine;

/// <summary>
/// Named stages run in a fixed order every tick, each handed the tick's context. A stage reads what
/// earlier stages wrote into the context and writes its own results there; stages are meant to be
/// static lambdas or method groups, so nothing reaches model state except through the context.
/// An agent stage activates each agent of its set exactly once, shuffled by the given stream
/// unless told otherwise.
/// </summary>
/// <typeparam name="TContext">What every stage of a tick receives.</typeparam>
public sealed class StagedActivation<TContext>
    where TContext : class
{
    private readonly List<Stage> _stages = [];

    /// <summary>The stage names, in run order.</summary>
    public IReadOnlyList<string> StageNames => _stages.ConvertAll(s => s.Name);

    /// <summary>Adds a stage that runs <paramref name="run"/> once with the context.</summary>
    public StagedActivation<TContext> Add(string name, Action<TContext> run)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(run);
        _stages.Add(new ModelStage(name, run));
        return this;
    }

    /// <summary>
    /// Adds a stage that activates every agent of the set <paramref name="agents"/> picks from the
    /// context once, passing the context along; shuffled by <paramref name="shuffleWith"/>, or in
    /// insertion order when it is null.
    /// </summary>
    public StagedActivation<TContext> Add<T>(string name, Func<TContext, AgentSet<T>> agents, Action<T, TContext> act, RandomStream? shuffleWith)
        where T : Agent
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(agents);
        ArgumentNullException.ThrowIfNull(act);
        _stages.Add(new AgentStage<T>(name, agents, act, shuffleWith));
        return this;
    }

    /// <summary>Runs every stage in order with <paramref name="context"/>.</summary>
    public void Run(TContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var stage in _stages)
        {
            stage.Run(context);
        }
    }

    private abstract class Stage(string name)
    {
        public string Name { get; } = name;

        public abstract void Run(TContext context);
    }

    private sealed class ModelStage(string name, Action<TContext> run) : Stage(name)
    {
        public override void Run(TContext context) => run(context);
    }

    private sealed class AgentStage<T>(string name, Func<TContext, AgentSet<T>> agents, Action<T, TContext> act, RandomStream? shuffleWith) : Stage(name)
        where T : Agent
    {
        public override void Run(TContext context)
        {
            // A struct action: the context travels with it, no closure is allocated per tick.
            var action = new WithContext(act, context);
            var set = agents(context);
            if (shuffleWith is null)
            {
                set.Do(action);
            }
            else
            {
                set.ShuffleDo(action, shuffleWith);
            }
        }

        private readonly struct WithContext(Action<T, TContext> act, TContext context) : IAgentAction<T>
        {
            public void Invoke(T agent) => act(agent, context);
        }
    }
}
