using MarketSim.Market.Parameters;

namespace MarketSim.Scenarios;

/// <summary>A scenario file loaded, inherited, overridden, completed with defaults, validated and bound.</summary>
/// <param name="Parameters">The typed scenario.</param>
/// <param name="ResolvedJson">
/// The fully resolved document (inheritance, overrides and defaults applied; no <c>$schema</c> or
/// <c>extends</c>), indented, for the run manifest: loading it alone gives the same parameters.
/// </param>
/// <param name="Files">The <c>extends</c> chain, the named file first and its furthest ancestor last.</param>
/// <param name="Document">The resolved document with the file and line of every value, for errors found after loading.</param>
public sealed record LoadedScenario(ScenarioParameters Parameters, string ResolvedJson, IReadOnlyList<string> Files, ResolvedDocument Document);
