namespace MarketSim.Market.Parameters;

/// <summary>One uncertain parameter of a scenario's <c>uncertainty</c> section: one field, or several that take one common draw.</summary>
/// <param name="Distribution">Its distribution, as in sweep files: <c>uniform(6,24)</c>, <c>integer(6,24)</c>, ...</param>
/// <param name="Path">Scenario path as for <c>--set</c>, e.g. <c>supply.planning_horizon</c>; null when <paramref name="Paths"/> is given.</param>
/// <param name="Paths">Several paths that take the same draw (one uncertainty behind several fields); null when <paramref name="Path"/> is given.</param>
public sealed record UncertainParameter(string Distribution, string? Path = null, IReadOnlyList<string>? Paths = null);
