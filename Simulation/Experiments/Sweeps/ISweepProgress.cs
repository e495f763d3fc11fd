namespace MarketSim.Experiments.Sweeps;

/// <summary>Shows how far a sweep has got: a live bar on a terminal, plain lines when redirected, or nothing.</summary>
public interface ISweepProgress
{
    /// <summary>
    /// Runs <paramref name="work"/>, which calls the action it is given once per finished run.
    /// </summary>
    /// <param name="title">What runs (the sweep's name, and shard).</param>
    /// <param name="total">Runs this process is responsible for, including those already done.</param>
    /// <param name="alreadyDone">Runs finished before (resumed).</param>
    /// <param name="work">The sweep.</param>
    void Run(string title, long total, long alreadyDone, Action<Action> work);
}
