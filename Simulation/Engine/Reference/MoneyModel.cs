namespace MarketSim.Engine.Reference;

/// <summary>
/// Mesa's tutorial Boltzmann wealth ("money") model, the engine's reference model: N agents start with
/// one unit each; every step each agent, in random order, gives one unit to a uniformly chosen other
/// agent if it has any. Total wealth is conserved; inequality (Gini) rises within a few steps to about 0.63.
/// </summary>
public sealed class MoneyModel : Model
{
    private int[] _partners = [];
    private int[] _sorted = [];

    /// <summary>Creates the model with <paramref name="agentCount"/> agents (at least 2).</summary>
    public MoneyModel(int agentCount, ulong seed)
        : base(seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(agentCount, 2);
        for (var i = 0; i < agentCount; i++)
        {
            Agents.Add(new MoneyAgent(this, i));
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
            foreach (var agent in Agents)
            {
                total += agent.Wealth;
            }

            return total;
        }
    }

    /// <summary>The Gini coefficient of wealth: 0 when equal, towards 1 when one agent holds all.</summary>
    public double Gini()
    {
        var n = Agents.Count;
        if (_sorted.Length != n)
        {
            _sorted = new int[n];
        }

        for (var i = 0; i < n; i++)
        {
            _sorted[i] = Agents[i].Wealth;
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
        // Mesa's rules with the draws made up front: partner k is drawn for the k-th agent to act,
        // before the shuffle. Every draw is an independent uniform, so this is the same process as
        // drawing inside each agent's turn; drawing them in one tight loop keeps the generator out of
        // the memory-bound activation loop, which then has no serial dependency from agent to agent.
        // An agent with nothing still has a partner drawn, so every agent consumes exactly one draw.
        var others = Agents.Count - 1;
        if (_partners.Length != others + 1)
        {
            _partners = new int[others + 1];
        }

        Random.NextIndices(_partners, others);
        Agents.ShuffleDo(new Give(Agents, _partners), Random);
    }

    private struct Give(AgentSet<MoneyAgent> agents, int[] partners) : IAgentAction<MoneyAgent>
    {
        private int _turn;

        public void Invoke(MoneyAgent agent)
        {
            // Branch-free on purpose: whether an agent has money and where its partner sits are coin
            // flips the CPU cannot predict, and mispredictions would cost more than the work.
            var gives = agent.Wealth > 0 ? 1 : 0;

            // A uniform choice among the n - 1 others in O(1): a draw from n - 1 slots that skips self.
            // The partner comes from the set itself, so the activation touches one array of agents.
            var other = partners[_turn++];
            other += (int)((uint)(agent.Index - other - 1) >> 31);
            agent.Wealth -= gives;
            agents[other].Wealth += gives;
        }
    }
}
