using Spectre.Console;

namespace MarketSim.Cli;

/// <summary>
/// Progress of long work on stderr: a live Spectre.Console bar when stdin, stdout and stderr are
/// terminals, plain percentage lines when redirected, nothing with --quiet. Data never goes to stderr.
/// </summary>
internal sealed class ProgressReporter
{
    private readonly TextWriter _error;
    private readonly bool _quiet;
    private readonly object _gate = new();
    private int _lastPercent = -1;

    public ProgressReporter(TextWriter error, bool quiet)
    {
        _error = error;
        _quiet = quiet;
    }

    private static bool Interactive =>
        !Console.IsInputRedirected && !Console.IsOutputRedirected && !Console.IsErrorRedirected;

    /// <summary>Runs <paramref name="work"/>, which reports progress by calling the given callback with (done, total).</summary>
    public void Run(string label, Action<Action<long, long>> work)
    {
        if (_quiet)
        {
            work(static (_, _) => { });
            return;
        }

        if (Interactive && ReferenceEquals(_error, Console.Error))
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask(label);
                    work((done, total) =>
                    {
                        lock (_gate)
                        {
                            task.MaxValue = Math.Max(1, total);
                            task.Value = done;
                        }
                    });
                });
            return;
        }

        work((done, total) =>
        {
            var percent = total > 0 ? (int)(100 * done / total) : 100;
            lock (_gate)
            {
                // One line per 10% so redirected logs stay short.
                if (percent / 10 > _lastPercent / 10 || (percent == 100 && _lastPercent != 100))
                {
                    _lastPercent = percent;
                    _error.WriteLine($"{label}: {percent}% ({done}/{total})");
                }
            }
        });
    }
}
