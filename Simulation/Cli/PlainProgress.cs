using System.Diagnostics;
using MarketSim.Experiments.Sweeps;

namespace MarketSim.Cli;

/// <summary>
/// Progress as plain lines (for logs and batch jobs): one at most every <see cref="Interval"/>, and
/// one at the end.
/// </summary>
/// <param name="writer">Where the lines go (stderr).</param>
/// <param name="unit">What is counted (runs, months).</param>
internal sealed class PlainProgress(TextWriter writer, string unit) : ISweepProgress
{
    /// <summary>Shortest time between two lines.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(5);

    /// <inheritdoc/>
    public void Run(string title, long total, long alreadyDone, Action<Action> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var clock = Stopwatch.StartNew();
        var done = alreadyDone;
        var last = TimeSpan.Zero;
        writer.WriteLine($"{title}: {ProgressText.Describe(done, total, alreadyDone, TimeSpan.Zero, unit)}");
        work(() =>
        {
            done++;
            var now = clock.Elapsed;
            if (now - last >= Interval || done == total)
            {
                last = now;
                writer.WriteLine($"{title}: {ProgressText.Describe(done, total, alreadyDone, now, unit)}");
                writer.Flush();
            }
        });
    }
}
