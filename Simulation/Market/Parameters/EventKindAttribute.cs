using System.Reflection;

namespace MarketSim.Market.Parameters;

/// <summary>Names the <c>kind</c> of an event record in scenario files.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EventKindAttribute(string name) : Attribute
{
    /// <summary>The kebab-case kind.</summary>
    public string Name { get; } = name;

    /// <summary>The kind of <paramref name="type"/>.</summary>
    public static string Of(Type type) =>
        type.GetCustomAttribute<EventKindAttribute>()?.Name
        ?? throw new InvalidOperationException($"{type.Name} has no [EventKind].");
}
