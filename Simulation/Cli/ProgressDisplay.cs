using MarketSim.Experiments.Sweeps;
using Spectre.Console;

namespace MarketSim.Cli;

/// <summary>
/// Chooses how long work reports progress on stderr: a live Spectre.Console bar when stdin, stdout and
/// stderr are terminals, plain lines every few seconds when redirected, nothing with --quiet. Data never
/// goes to stderr.
/// </summary>
internal static class ProgressDisplay
{
    public static ISweepProgress Create(bool quiet, TextWriter error, string unit)
    {
        if (quiet)
        {
            return new QuietProgress();
        }

        var terminal = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected && !Console.IsOutputRedirected && !Console.IsInputRedirected;
        return terminal
            ? new LiveProgress(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }), unit)
            : new PlainProgress(error, unit);
    }
}
