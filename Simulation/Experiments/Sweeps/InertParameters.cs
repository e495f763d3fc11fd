using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MarketSim.Experiments.Sweeps;

/// <summary>
/// Scenario fields that the rules a scenario selects never read (docs/model.md, Limitations): a v1 field under the v2
/// rule that replaces it, or the reverse. A sweep or calibration that varies one would report exactly zero effect,
/// so the loaders refuse it with the reason.
/// </summary>
internal static partial class InertParameters
{
    private sealed record Rule(Regex Path, Func<JsonObject, bool> Applies, string Reason);

    private static readonly Rule[] Rules =
    [
        new(CapexOptimism(), root => Text(root, "supply", "capex_rule") == "backlog",
            "supply.capex_rule is \"backlog\", which does not read it (sentiment enters capacity plans through supply.growth_cap_exponent)"),
        new(V1Multiples(), root => Text(root, "market", "valuation", "law") == "v2",
            "market.valuation.law is \"v2\", which does not read it (the v2 law solves a constant per firm instead)"),
        new(V2ValueLaw(), root => Text(root, "market", "valuation", "law") != "v2",
            "only the v2 valuation law reads it, and market.valuation.law is not \"v2\""),
        new(RevenuePricing(), root => Text(root, "market", "funding", "pricing") == "value",
            "market.funding.pricing is \"value\", which does not read it (a round prices the lab at its value under the v2 law)"),
        new(SegmentGrowth(), root => IsSet(root, "market", "task_demand"),
            "market.task_demand is set, and task demand replaces the segments' decaying growth"),
        new(BackgroundHalfLife(), root => IsSet(root, "market", "workloads"),
            "market.workloads is set, and captive and other-ai workloads replace the background's decaying growth"),
    ];

    /// <summary>Why <paramref name="path"/> has no effect on the scenario <paramref name="root"/> (defaults filled in), or null.</summary>
    public static string? Reason(string path, JsonObject root)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(root);
        return Rules.FirstOrDefault(rule => rule.Path.IsMatch(path) && rule.Applies(root))?.Reason;
    }

    private static bool IsSet(JsonObject root, params string[] keys) => Node(root, keys) is JsonObject;

    private static string? Text(JsonObject root, params string[] keys) =>
        Node(root, keys) is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static JsonNode? Node(JsonObject root, string[] keys)
    {
        JsonNode? node = root;
        foreach (var key in keys)
        {
            node = node is JsonObject o && o.TryGetPropertyValue(key, out var next) ? next : null;
        }

        return node;
    }

    [GeneratedRegex(@"^market\.sentiment\.capex_optimism$")]
    private static partial Regex CapexOptimism();

    [GeneratedRegex(@"^market\.valuation\.(lab_multiple|infra_multiple)$")]
    private static partial Regex V1Multiples();

    [GeneratedRegex(@"^market\.valuation\.(lab_long_run_margin|cloud_long_run_margin|vendor_long_run_margin|margin_weight|backlog_months|core_growth|core_sentiment_beta)$")]
    private static partial Regex V2ValueLaw();

    [GeneratedRegex(@"^market\.funding\.multiple$")]
    private static partial Regex RevenuePricing();

    [GeneratedRegex(@"^customers\.segments(\[[^\]]*\])?\.(growth|growth_half_life)$")]
    private static partial Regex SegmentGrowth();

    [GeneratedRegex(@"^clouds(\[[^\]]*\])?\.background_growth_half_life$")]
    private static partial Regex BackgroundHalfLife();
}
