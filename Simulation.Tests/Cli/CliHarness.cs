using System.CommandLine;
using MarketSim.Cli;
using MarketSim.Tests.Support;

namespace MarketSim.Tests.Cli;

/// <summary>Drives the real command tree in-process with captured output.</summary>
internal static class CliHarness
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Baseline => Path.Combine(RepoRoot, "scenarios", "baseline-2025.json");

    /// <summary>Small, fast settings for the baseline.</summary>
    public static string[] Small => ["--set", "customers.count=800", "--ticks", "12", "--quiet"];

    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = Program.Run(args, new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "marketsim-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string FindRoot() => Repository.Root;
}
