using System.Text.Json;

namespace MarketSim.Experiments.Sweeps;

/// <summary>One <c>parameters[]</c> entry: a scenario path and either explicit values or a distribution text.</summary>
/// <param name="Path">Scenario path as for <c>--set</c>.</param>
/// <param name="Values">Explicit values: all numbers, or all strings (categories).</param>
/// <param name="Distribution">E.g. <c>uniform(0.2,1)</c>; see <see cref="ParameterDistribution.Parse"/>.</param>
internal sealed record SweepFileParameter(string Path, IReadOnlyList<JsonElement>? Values = null, string? Distribution = null);
