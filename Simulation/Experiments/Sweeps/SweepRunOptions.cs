namespace MarketSim.Experiments.Sweeps;

/// <summary>How to run a sweep.</summary>
/// <param name="OutputDirectory">The sweep's folder; a shard writes into its own sub-folder.</param>
/// <param name="Parallel">Runs at once (each single-threaded).</param>
/// <param name="Shard">The slice to run, or null for all runs.</param>
/// <param name="Resume">Keep the complete rows of an interrupted run and do only the rest.</param>
/// <param name="Progress">Where progress goes.</param>
public sealed record SweepRunOptions(string OutputDirectory, int Parallel, ShardSpec? Shard, bool Resume, ISweepProgress Progress)
{
    /// <summary>Where this process writes: the output folder, or its shard sub-folder.</summary>
    public string Directory => Shard is null ? OutputDirectory : Path.Combine(OutputDirectory, Shard.FolderName);
}
