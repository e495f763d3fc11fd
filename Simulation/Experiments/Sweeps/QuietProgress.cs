namespace MarketSim.Experiments.Sweeps;

/// <summary>No progress output (<c>--quiet</c>).</summary>
public sealed class QuietProgress : ISweepProgress
{
    /// <inheritdoc/>
    public void Run(string title, long total, long alreadyDone, Action<Action> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        work(() => { });
    }
}
