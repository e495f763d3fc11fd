using System.Text.Json.Nodes;
using MarketSim.Experiments.Sweeps;
using MarketSim.Scenarios;

namespace MarketSim.Cli;

/// <summary>
/// Warnings for <c>--set</c> overrides of fields the scenario's rules never read (<see cref="InertParameters"/>):
/// the run goes ahead, as the value is valid, but the user learns it changed nothing.
/// </summary>
internal static class InertOverrideWarnings
{
    /// <summary>One line per override in <paramref name="overrides"/> that has no effect on <paramref name="resolvedJson"/>.</summary>
    public static IEnumerable<string> For(IReadOnlyList<string> overrides, string resolvedJson)
    {
        if (overrides.Count == 0 || JsonNode.Parse(resolvedJson) is not JsonObject root)
            yield break;
        foreach (var path in overrides.Select(ScenarioOverrides.PathOf))
        {
            if (InertParameters.Reason(path, root) is { } reason)
                yield return $"warning: --set {path}: has no effect on this scenario: {reason}";
        }
    }
}
