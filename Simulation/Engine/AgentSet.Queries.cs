namespace MarketSim.Engine;

/// <summary>The read-only queries of an agent set: selection, grouping and aggregates, all in insertion order.</summary>
public sealed partial class AgentSet<T>
{
    /// <summary>A new set of the members matching <paramref name="predicate"/>, in order.</summary>
    public AgentSet<T> Select(Func<T, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var result = new AgentSet<T>();
        foreach (var agent in Members())
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
        var index = new Dictionary<TKey, int>();
        var groups = new List<KeyValuePair<TKey, AgentSet<T>>>();
        foreach (var agent in Members())
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
        var total = 0.0;
        foreach (var agent in Members())
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
        var best = double.NaN;
        foreach (var agent in Members())
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
        var acc = seed;
        foreach (var agent in Members())
        {
            acc = fold(acc, agent);
        }

        return acc;
    }
}
