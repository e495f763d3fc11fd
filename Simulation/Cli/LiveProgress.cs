using MarketSim.Experiments.Sweeps;
using Spectre.Console;

namespace MarketSim.Cli;

/// <summary>A live Spectre.Console progress bar (on a terminal): runs done, rate, elapsed and remaining time.</summary>
/// <param name="console">The console to draw on (one on stderr).</param>
/// <param name="unit">What is counted (runs, months).</param>
internal sealed class LiveProgress(IAnsiConsole console, string unit) : ISweepProgress
{
    /// <inheritdoc/>
    public void Run(string title, long total, long alreadyDone, Action<Action> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(),
                new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var task = context.AddTask(Markup.Escape(title), maxValue: Math.Max(1, total));
                task.Value = alreadyDone;
                var done = alreadyDone;
                work(() =>
                {
                    done++;
                    task.Increment(1);
                    task.Description = Markup.Escape($"{title}: {ProgressText.Describe(done, total, alreadyDone, clock.Elapsed, unit)}");
                });
            });
    }
}
