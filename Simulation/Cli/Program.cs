using System.CommandLine;

namespace MarketSim.Cli;

/// <summary>The program's entry point: builds the command tree and maps failures to exit codes.</summary>
internal static class Program
{
    public static int Main(string[] args) => Run(args, new InvocationConfiguration());

    /// <summary>Parses and runs <paramref name="args"/>; tests call this with captured writers.</summary>
    public static int Run(string[] args, InvocationConfiguration configuration)
    {
        var root = CommandTree.Build();
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // System.CommandLine would exit 1; a user mistake is exit 2 (README), one line per error.
            foreach (var error in parsed.Errors)
            {
                configuration.Error.WriteLine($"error: {error.Message}");
            }

            configuration.Error.WriteLine("Run with --help for usage.");
            return ExitCodes.BadInput;
        }

        return parsed.Invoke(configuration);
    }
}
