using MarketSim.Experiments;
using MarketSim.Market.Parameters;

namespace MarketSim.Cli;

/// <summary>A scenario ready to run, with its resolved JSON for the manifest and the scenario of each replication.</summary>
/// <param name="Parameters">The scenario as loaded.</param>
/// <param name="ResolvedJson">The resolved document for the manifest.</param>
/// <param name="Replications">What each replication runs: the scenario, or its draw of the uncertain parameters.</param>
internal sealed record LoadedRunScenario(ScenarioParameters Parameters, string ResolvedJson, ReplicationScenarios Replications);
