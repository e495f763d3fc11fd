using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace MarketSim.Engine;

/// <summary>
/// An ordered set of agents of one type, with Mesa's vocabulary: <see cref="Do"/>,
/// <see cref="ShuffleDo"/>, <see cref="Select"/>, <see cref="GroupBy{TKey}"/> and aggregates.
/// </summary>
/// <remarks>
/// Order is insertion order, so every operation is deterministic. An activation walks the members it
/// had when it began (see <see cref="Agent"/> for the add/remove rule) without copying them: members
/// live in an array that is never changed under a running activation (adding appends past its end or
/// grows into a new array; removing during an activation compacts into a spare array), so an
/// activation allocates nothing and touches one array of agents rather than two.
/// </remarks>
public sealed partial class AgentSet<T> : IReadOnlyList<T>
    where T : Agent
{
    private T[] _items = [];
    private int _count;
    private T[] _spare = [];
    private T[]? _walked;
    private int[] _order = [];
    private Model? _model;
    private long _compactedAt;
    private int _version;

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
            return _count;
        }
    }

    /// <summary>The member at <paramref name="index"/> in insertion order.</summary>
    public T this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            Compact();
            if ((uint)index >= (uint)_count)
            {
                ThrowIndex(index);
            }

            return _items[index];
        }
    }

    /// <summary>Adds an agent at the end; it first acts in the next activation.</summary>
    public void Add(T agent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        _model ??= agent.Model;
        if (_count == _items.Length)
        {
            // A new array, so an activation walking the old one is undisturbed.
            var grown = new T[Math.Max(4, _count * 2)];
            Array.Copy(_items, grown, _count);
            _items = grown;
        }

        _items[_count++] = agent;
        _version++;
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
        var (items, count) = BeginActivation();
        try
        {
            for (var i = 0; i < count; i++)
            {
                var agent = items[i];
                if (agent.IsActive)
                {
                    action(agent);
                }
            }
        }
        finally
        {
            EndActivation(items);
        }
    }

    /// <summary>
    /// <see cref="Do(Action{T})"/> with a struct action (no delegate dispatch per agent), for stages
    /// that carry a context.
    /// </summary>
    public void Do<TAction>(TAction action)
        where TAction : struct, IAgentAction<T>
    {
        var (items, count) = BeginActivation();
        try
        {
            for (var i = 0; i < count; i++)
            {
                var agent = items[i];
                if (agent.IsActive)
                {
                    action.Invoke(agent);
                }
            }
        }
        finally
        {
            EndActivation(items);
        }
    }

    /// <summary>Calls <paramref name="action"/> on every member once, in an order shuffled by <paramref name="random"/>.</summary>
    public void ShuffleDo(Action<T> action, RandomStream random)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(random);
        var (items, count) = BeginActivation();
        try
        {
            foreach (var index in ShuffledOrder(count, random))
            {
                var agent = items[index];
                if (agent.IsActive)
                {
                    action(agent);
                }
            }
        }
        finally
        {
            EndActivation(items);
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
        var (items, count) = BeginActivation();
        try
        {
            ActivateInOrder(ref action, items, ShuffledOrder(count, random));
        }
        finally
        {
            EndActivation(items);
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
        var (items, count) = BeginActivation();
        try
        {
            var order = ShuffledOrder(count, random);
            var state = random.Lend();
            try
            {
                ActivateInOrder(ref action, ref state, items, order);
            }
            finally
            {
                random.Return(state);
            }
        }
        finally
        {
            EndActivation(items);
        }
    }

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator()
    {
        Compact();
        var items = _items;
        var count = _count;
        var version = _version;
        for (var i = 0; i < count; i++)
        {
            if (version != _version)
            {
                throw new InvalidOperationException("The agent set changed during enumeration.");
            }

            yield return items[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // Kept out of line and free of exception handling so the JIT enregisters the action and the
    // generator state for the whole loop (a local live into a finally block is written through to the
    // stack); fully optimised from the first call, so short runs never spend activations in tier-0/OSR code.
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void ActivateInOrder<TAction>(ref TAction action, ref RandomState random, T[] items, ReadOnlySpan<int> order)
        where TAction : struct, IRandomAgentAction<T>
    {
        var act = action;
        var state = random;
        foreach (var index in order)
        {
            var agent = items[index];
            if (agent.IsActive)
            {
                act.Invoke(agent, ref state);
            }
        }

        random = state;
        action = act;
    }

    // As above, without a generator.
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void ActivateInOrder<TAction>(ref TAction action, T[] items, ReadOnlySpan<int> order)
        where TAction : struct, IAgentAction<T>
    {
        var act = action;
        foreach (var index in order)
        {
            var agent = items[index];
            if (agent.IsActive)
            {
                act.Invoke(agent);
            }
        }

        action = act;
    }

    [DoesNotReturn]
    private static void ThrowIndex(int index) =>
        throw new ArgumentOutOfRangeException(nameof(index), index, "The index is outside the set.");

    private ReadOnlySpan<T> Members()
    {
        Compact();
        return _items.AsSpan(0, _count);
    }

    private (T[] Items, int Count) BeginActivation()
    {
        if (_walked is not null)
        {
            throw new InvalidOperationException("An agent set cannot be activated from within its own activation.");
        }

        Compact();
        _walked = _items;
        return (_items, _count);
    }

    private void EndActivation(T[] walked)
    {
        _walked = null;
        if (!ReferenceEquals(walked, _items) && walked.Length >= _spare.Length)
        {
            // Members were compacted into another array meanwhile; keep this one for the next time.
            Array.Clear(walked);
            _spare = walked;
        }
    }

    private ReadOnlySpan<int> ShuffledOrder(int count, RandomStream random)
    {
        // Shuffling positions rather than references avoids a GC write barrier per swap.
        if (_order.Length < count)
        {
            _order = new int[Math.Max(count, _order.Length * 2)];
        }

        var order = _order.AsSpan(0, count);
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        random.Permute(order);
        return order;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Compact()
    {
        // Agents are removed through Agent.Remove() without the sets holding them knowing; the model
        // counts removals, so a set compacts only when some agent was removed since it last looked.
        if (_model is not null && _model.Removals != _compactedAt)
        {
            CompactNow();
        }
    }

    private void CompactNow()
    {
        _compactedAt = _model!.Removals;
        var source = _items;
        var target = source;
        if (ReferenceEquals(source, _walked))
        {
            // An activation is walking this array: compact into another one instead.
            if (_spare.Length < _count || ReferenceEquals(_spare, source))
            {
                _spare = new T[source.Length];
            }

            target = _spare;
            _spare = [];
        }

        var kept = 0;
        for (var i = 0; i < _count; i++)
        {
            if (source[i].IsActive)
            {
                target[kept++] = source[i];
            }
        }

        if (ReferenceEquals(target, source))
        {
            Array.Clear(target, kept, _count - kept);
        }

        _items = target;
        _count = kept;
        _version++;
    }
}
