namespace MarketSim.Engine.Reference;

/// <summary>
/// Mesa's tutorial Boltzmann wealth ("money") model, the engine's reference model: N agents start with
/// one unit each; every step each agent, in random order, gives one unit to a uniformly chosen other
/// agent if it has any. Total wealth is conserved; inequality (Gini) rises towards about 0.5.
/// </summary>
public sealed class MoneyModel : Model
{
    private readonly MoneyAgent[] _byIndex;
    private int[] _sorted = [];

    /// <summary>Creates the model with <paramref name="agentCount"/> agents (at least 2).</summary>
    public MoneyModel(int agentCount, ulong seed)
        : base(seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(agentCount, 2);
        _byIndex = new MoneyAgent[agentCount];
        for (var i = 0; i < agentCount; i++)
        {
            _byIndex[i] = new MoneyAgent(this, i);
            Agents.Add(_byIndex[i]);
        }
    }

    /// <summary>All agents.</summary>
    public AgentSet<MoneyAgent> Agents { get; } = new();

    /// <summary>Total units held (constant).</summary>
    public long TotalWealth
    {
        get
        {
            long total = 0;
            foreach (var agent in _byIndex)
            {
                total += agent.Wealth;
            }

            return total;
        }
    }

    /// <summary>The Gini coefficient of wealth: 0 when equal, towards 1 when one agent holds all.</summary>
    public double Gini()
    {
        var n = _byIndex.Length;
        if (_sorted.Length != n)
        {
            _sorted = new int[n];
        }

        for (var i = 0; i < n; i++)
        {
            _sorted[i] = _byIndex[i].Wealth;
        }

        Array.Sort(_sorted);
        double weighted = 0;
        double total = 0;
        for (var i = 0; i < n; i++)
        {
            weighted += (i + 1.0) * _sorted[i];
            total += _sorted[i];
        }

        return total == 0 ? 0 : (2 * weighted / (n * total)) - ((n + 1.0) / n);
    }

    /// <inheritdoc />
    protected override void OnStep()
    {
        var give = new Give(_byIndex);
        Agents.ShuffleDo(ref give, Random);
    }

    private readonly struct Give(MoneyAgent[] agents) : IRandomAgentAction<MoneyAgent>
    {
        public void Invoke(MoneyAgent agent, ref RandomState random)
        {
            // Branch-free on purpose: whether an agent has money and where its partner sits are coin
            // flips the CPU cannot predict, and mispredictions would cost more than the work. An agent
            // with nothing still draws a partner and moves zero units, so every agent consumes exactly
            // one draw per step.
            var gives = agent.Wealth > 0 ? 1 : 0;

            // A uniform choice among the n - 1 others in O(1): draw from n - 1 slots and skip self.
            var other = random.NextIndex(agents.Length - 1);
            other += (int)((uint)(agent.Index - other - 1) >> 31);
            agent.Wealth -= gives;
            agents[other].Wealth += gives;
        }
    }
}
