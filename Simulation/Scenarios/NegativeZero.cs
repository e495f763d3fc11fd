using System.Text.Json;
using System.Text.Json.Nodes;

namespace MarketSim.Scenarios;

/// <summary>
/// Reads <c>-0</c> (and <c>-0.0</c>, <c>-0e5</c>) as 0. A sign on zero means nothing in a scenario, but it
/// survives into doubles, where guards such as <c>ArgumentOutOfRangeException.ThrowIfNegative</c> treat
/// it as negative and outputs print "-0" (found by fuzzing: an investment amount of -0 crashed a run).
/// </summary>
internal static class NegativeZero
{
    public static JsonValue Normalise(JsonElement number) =>
        number.TryGetDouble(out var value) && value == 0 && double.IsNegative(value)
            ? JsonValue.Create(0)
            : JsonValue.Create(number) ?? throw new ArgumentException("not a number", nameof(number));
}
