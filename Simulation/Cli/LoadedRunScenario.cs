using MarketSim.Market.Parameters;

namespace MarketSim.Cli;

/// <summary>A scenario ready to run, with its resolved JSON for the manifest.</summary>
internal sealed record LoadedRunScenario(ScenarioParameters Parameters, string ResolvedJson);
