namespace MarketSim.Market.Parameters;

/// <summary>One uncertain parameter of a scenario's <c>uncertainty</c> section.</summary>
/// <param name="Path">Scenario path as for <c>--set</c>, e.g. <c>supply.planning_horizon</c>.</param>
/// <param name="Distribution">Its distribution, as in sweep files: <c>uniform(6,24)</c>, <c>integer(6,24)</c>, ...</param>
public sealed record UncertainParameter(string Path, string Distribution);
