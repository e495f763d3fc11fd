using MarketSim.Experiments.Sweeps;

namespace MarketSim.Cli;

/// <summary>No progress output (<c>--quiet</c>).</summary>
internal sealed class QuietProgress : ISweepProgress
{
    /// <inheritdoc/>
    public void Run(string title, long total, long alreadyDone, Action<Action> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        work(() => { });
    }
}
