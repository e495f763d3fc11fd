using System.CommandLine;

namespace MarketSim.Cli;

/// <summary>The program's entry point: builds the command tree and maps failures to exit codes.</summary>
internal static class Program
{
    public static int Main(string[] args) => Run(args, new InvocationConfiguration());

    /// <summary>Parses and runs <paramref name="args"/>; tests call this with captured writers.</summary>
    public static int Run(string[] args, InvocationConfiguration configuration) => Run(args, configuration, CommandTree.Build());

    /// <summary>As <see cref="Run(string[], InvocationConfiguration)"/> over a given tree (tests add a command that fails).</summary>
    internal static int Run(string[] args, InvocationConfiguration configuration, RootCommand root)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(configuration);
        // Our guard, not System.CommandLine's handler (which prints the whole stack trace), sees every exception.
        configuration.EnableDefaultExceptionHandler = false;
        return CrashGuard.Run(args, configuration.Error, () =>
        {
            var parsed = root.Parse(args);
            // Unknown commands and options are errors even with --help, which would otherwise print help and exit 0.
            var problems = CommandLineCheck.Problems(parsed);
            if (problems.Count == 0 && !CommandLineCheck.AsksForHelp(parsed))
                problems = [.. parsed.Errors.Select(e => e.Message)];
            if (problems.Count > 0)
            {
                // System.CommandLine would exit 1; a user mistake is exit 2 (README), one line per error.
                foreach (var problem in problems.Distinct(StringComparer.Ordinal))
                    configuration.Error.WriteLine($"error: {problem}");
                configuration.Error.WriteLine("Run with --help for usage.");
                return ExitCodes.BadInput;
            }

            return parsed.Invoke(configuration);
        });
    }
}
