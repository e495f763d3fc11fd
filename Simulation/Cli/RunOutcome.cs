using MarketSim.Experiments;

namespace MarketSim.Cli;

/// <summary>What a finished run reports: where it is, per-replication final figures and the strategy summary.</summary>
internal sealed record RunOutcome(
    string Folder,
    IReadOnlyList<ReplicationFinal> Finals,
    IReadOnlyList<StrategyResult> Strategies,
    IReadOnlyDictionary<string, double> Timings,
    IReadOnlyList<Experiments.Verdicts.PairVerdict> Verdicts,
    string StoppedBecause,
    IReadOnlyList<Output.DefaultsRow> Defaults);
