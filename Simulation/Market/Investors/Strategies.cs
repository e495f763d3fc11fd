using MarketSim.Market.Parameters;

namespace MarketSim.Market.Investors;

/// <summary>
/// The strategies investors may follow, discovered once by reflection like event kinds: every concrete
/// <see cref="Strategy"/> in the assembly, keyed by its <see cref="Strategy.Kind"/>. Adding a strategy is
/// adding a <see cref="StrategyKind"/> member and one such type; nothing here changes.
/// </summary>
public static class Strategies
{
    private static readonly Lazy<IReadOnlyDictionary<StrategyKind, Strategy>> Table = new(Discover);

    /// <summary>Every strategy, by kind.</summary>
    public static IReadOnlyDictionary<StrategyKind, Strategy> ByKind => Table.Value;

    /// <summary>The strategy of kind <paramref name="kind"/>.</summary>
    public static Strategy For(StrategyKind kind) =>
        Table.Value.TryGetValue(kind, out var strategy) ? strategy : throw new ArgumentException($"No strategy implements '{kind}'.", nameof(kind));

    private static SortedDictionary<StrategyKind, Strategy> Discover()
    {
        var table = new SortedDictionary<StrategyKind, Strategy>();
        foreach (var type in typeof(Strategy).Assembly.GetTypes())
        {
            if (type.IsAbstract || !type.IsSubclassOf(typeof(Strategy)))
            {
                continue;
            }

            // Strategies hold no state, so one instance serves every investor and run.
            var strategy = (Strategy)Activator.CreateInstance(type, nonPublic: true)!;
            if (!table.TryAdd(strategy.Kind, strategy))
            {
                throw new InvalidOperationException($"Strategy {strategy.Name} is implemented by both {table[strategy.Kind].GetType().FullName} and {type.FullName}.");
            }
        }

        foreach (var kind in Enum.GetValues<StrategyKind>())
        {
            if (!table.ContainsKey(kind))
            {
                throw new InvalidOperationException($"No type implements strategy {kind}.");
            }
        }

        return table;
    }
}
