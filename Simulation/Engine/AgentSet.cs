using System.Collections;
using System.Runtime.CompilerServices;

namespace MarketSim.Engine;

/// <summary>
/// An ordered set of agents of one type, with Mesa's vocabulary: <see cref="Do"/>,
/// <see cref="ShuffleDo"/>, <see cref="Select"/>, <see cref="GroupBy{TKey}"/> and aggregates.
/// </summary>
/// <remarks>
/// Order is insertion order, so every operation is deterministic. Activations iterate a snapshot
/// (see <see cref="Agent"/> for the add/remove rule) kept in a reused buffer: no allocation per step.
/// </remarks>
public sealed class AgentSet<T> : IReadOnlyList<T>
    where T : Agent
{
    private readonly List<T> _members = [];
    private T[] _snapshot = [];
    private int[] _order = [];
    private bool _activating;
    private long _compactedAt;

    /// <summary>Creates an empty set.</summary>
    public AgentSet()
    {
    }

    /// <summary>Creates a set holding <paramref name="agents"/> in their order.</summary>
    public AgentSet(IEnumerable<T> agents)
    {
        ArgumentNullException.ThrowIfNull(agents);
        foreach (var agent in agents)
        {
            Add(agent);
        }
    }

    /// <summary>Active members, in insertion order.</summary>
    public int Count
    {
        get
        {
            Compact();
            return _members.Count;
        }
    }

    /// <summary>The member at <paramref name="index"/> in insertion order.</summary>
    public T this[int index]
    {
        get
        {
            Compact();
            return _members[index];
        }
    }

    /// <summary>Adds an agent at the end; it first acts in the next activation.</summary>
    public void Add(T agent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        _members.Add(agent);
    }

    /// <summary>Removes <paramref name="agent"/> from the model (and so from every set holding it).</summary>
    public void Remove(T agent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        agent.Remove();
    }

    /// <summary>Calls <paramref name="action"/> on every member once, in insertion order.</summary>
    public void Do(Action<T> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var count = TakeSnapshot();
        Activate(action, count);
    }

    /// <summary>Calls <paramref name="action"/> on every member once, in an order shuffled by <paramref name="random"/>.</summary>
    public void ShuffleDo(Action<T> action, RandomStream random)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(random);
        var count = TakeSnapshot();
        var order = ShuffledOrder(count, random);
        _activating = true;
        try
        {
            var snapshot = _snapshot;
            for (var i = 0; i < count; i++)
            {
                var agent = snapshot[order[i]];
                if (agent.IsActive)
                {
                    action(agent);
                }
            }
        }
        finally
        {
            _activating = false;
        }
    }

    /// <summary>
    /// <see cref="ShuffleDo(Action{T}, RandomStream)"/> for hot loops: the action is a struct, so the
    /// per-agent call is inlined (no delegate dispatch).
    /// </summary>
    public void ShuffleDo<TAction>(TAction action, RandomStream random)
        where TAction : struct, IAgentAction<T>
    {
        ArgumentNullException.ThrowIfNull(random);
        var count = TakeSnapshot();
        var order = ShuffledOrder(count, random);
        _activating = true;
        try
        {
            var snapshot = _snapshot;
            for (var i = 0; i < count; i++)
            {
                var agent = snapshot[order[i]];
                if (agent.IsActive)
                {
                    action.Invoke(agent);
                }
            }
        }
        finally
        {
            _activating = false;
        }
    }

    /// <summary>
    /// <see cref="ShuffleDo{TAction}(TAction, RandomStream)"/> for the hottest loops: the action draws
    /// from <paramref name="random"/>'s state, held in registers for the whole activation (the shuffle
    /// and the actions consume the stream in the same order as with the other overloads). The action
    /// is passed by reference, so whatever it accumulates in its fields is visible afterwards.
    /// </summary>
    /// <remarks>Drawing from <paramref name="random"/> itself during the activation throws.</remarks>
    public void ShuffleDo<TAction>(ref TAction action, RandomStream random)
        where TAction : struct, IRandomAgentAction<T>
    {
        ArgumentNullException.ThrowIfNull(random);
        var count = TakeSnapshot();
        ShuffledOrder(count, random);
        _activating = true;
        var state = random.Lend();
        try
        {
            ActivateInOrder(ref action, ref state, _snapshot, _order.AsSpan(0, count));
        }
        finally
        {
            random.Return(state);
            _activating = false;
        }
    }

    /// <summary>A new set of the members matching <paramref name="predicate"/>, in order.</summary>
    public AgentSet<T> Select(Func<T, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        Compact();
        var result = new AgentSet<T>();
        foreach (var agent in _members)
        {
            if (predicate(agent))
            {
                result.Add(agent);
            }
        }

        return result;
    }

    /// <summary>Groups members by key; groups come in order of each key's first member.</summary>
    public IReadOnlyList<KeyValuePair<TKey, AgentSet<T>>> GroupBy<TKey>(Func<T, TKey> key)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(key);
        Compact();
        var index = new Dictionary<TKey, int>();
        var groups = new List<KeyValuePair<TKey, AgentSet<T>>>();
        foreach (var agent in _members)
        {
            var k = key(agent);
            if (!index.TryGetValue(k, out var at))
            {
                at = groups.Count;
                index.Add(k, at);
                groups.Add(new KeyValuePair<TKey, AgentSet<T>>(k, new AgentSet<T>()));
            }

            groups[at].Value.Add(agent);
        }

        return groups;
    }

    /// <summary>Sum of <paramref name="value"/> over members, added in insertion order.</summary>
    public double Sum(Func<T, double> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Compact();
        var total = 0.0;
        foreach (var agent in _members)
        {
            total += value(agent);
        }

        return total;
    }

    /// <summary>Mean of <paramref name="value"/> over members (NaN when empty).</summary>
    public double Mean(Func<T, double> value) => Count == 0 ? double.NaN : Sum(value) / Count;

    /// <summary>Largest <paramref name="value"/> over members (NaN when empty).</summary>
    public double Max(Func<T, double> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Compact();
        var best = double.NaN;
        foreach (var agent in _members)
        {
            var v = value(agent);
            if (double.IsNaN(best) || v > best)
            {
                best = v;
            }
        }

        return best;
    }

    /// <summary>Folds members in insertion order.</summary>
    public TAcc Aggregate<TAcc>(TAcc seed, Func<TAcc, T, TAcc> fold)
    {
        ArgumentNullException.ThrowIfNull(fold);
        Compact();
        var acc = seed;
        foreach (var agent in _members)
        {
            acc = fold(acc, agent);
        }

        return acc;
    }

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator()
    {
        Compact();
        return _members.GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int TakeSnapshot()
    {
        if (_activating)
        {
            throw new InvalidOperationException("An agent set cannot be activated from within its own activation.");
        }

        Compact();
        var count = _members.Count;
        if (_snapshot.Length < count)
        {
            _snapshot = new T[Math.Max(count, _snapshot.Length * 2)];
        }

        _members.CopyTo(_snapshot);
        return count;
    }

    private int[] ShuffledOrder(int count, RandomStream random)
    {
        // Shuffling positions rather than references avoids a GC write barrier per swap.
        if (_order.Length < count)
        {
            _order = new int[_snapshot.Length];
        }

        var order = _order.AsSpan(0, count);
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        random.Permute(order);
        return _order;
    }

    // Kept out of line and free of exception handling so the JIT enregisters the action and the
    // generator state for the whole loop (a local live into a finally block is written through to the stack).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ActivateInOrder<TAction>(ref TAction action, ref RandomState random, T[] snapshot, ReadOnlySpan<int> order)
        where TAction : struct, IRandomAgentAction<T>
    {
        var act = action;
        var state = random;
        foreach (var index in order)
        {
            var agent = snapshot[index];
            if (agent.IsActive)
            {
                act.Invoke(agent, ref state);
            }
        }

        random = state;
        action = act;
    }

    private void Activate(Action<T> action, int count)
    {
        _activating = true;
        try
        {
            var snapshot = _snapshot;
            for (var i = 0; i < count; i++)
            {
                var agent = snapshot[i];
                if (agent.IsActive)
                {
                    action(agent);
                }
            }
        }
        finally
        {
            _activating = false;
        }
    }

    private void Compact()
    {
        // Agents are removed through Agent.Remove() without the sets holding them knowing; the model
        // counts removals, so a set compacts only when some agent was removed since it last looked.
        if (_members.Count == 0)
        {
            return;
        }

        var removals = _members[0].Model.Removals;
        if (removals == _compactedAt)
        {
            return;
        }

        _members.RemoveAll(static a => !a.IsActive);
        _compactedAt = removals;
    }
}
