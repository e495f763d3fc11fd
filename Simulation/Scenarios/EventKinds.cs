using System.Reflection;
using MarketSim.Market.Parameters;

namespace MarketSim.Scenarios;

/// <summary>
/// The event kinds scenario files may use, discovered once by reflection: every concrete record
/// deriving from <see cref="EventParameters"/> with an <see cref="EventKindAttribute"/>. Adding a kind
/// is adding one such type; nothing here changes.
/// </summary>
public static class EventKinds
{
    private static readonly Lazy<IReadOnlyDictionary<string, Type>> Table = new(Discover);

    /// <summary>Every kind name with its record type, ordered by name.</summary>
    public static IReadOnlyDictionary<string, Type> ByName => Table.Value;

    /// <summary>Every kind name, ordered, for messages.</summary>
    public static IReadOnlyList<string> Names => [.. Table.Value.Keys];

    /// <summary>The record type for <paramref name="kind"/>, or null when no type declares it.</summary>
    public static Type? Find(string kind) => Table.Value.TryGetValue(kind, out var type) ? type : null;

    private static SortedDictionary<string, Type> Discover()
    {
        var kinds = new SortedDictionary<string, Type>(StringComparer.Ordinal);
        foreach (var type in typeof(EventParameters).Assembly.GetTypes())
        {
            if (type.IsAbstract || !type.IsSubclassOf(typeof(EventParameters)))
                continue;
            var attribute = type.GetCustomAttribute<EventKindAttribute>()
                ?? throw new InvalidOperationException($"{type.FullName} derives from EventParameters but has no [EventKind].");
            if (!kinds.TryAdd(attribute.Name, type))
                throw new InvalidOperationException($"Event kind '{attribute.Name}' is declared by both {kinds[attribute.Name].FullName} and {type.FullName}.");
        }

        return kinds;
    }
}
