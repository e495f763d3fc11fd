using System.CommandLine;
using System.Diagnostics;
using MarketSim.Cli;
using MarketSim.Tests.Support;

namespace MarketSim.Tests.Experiments.Sweeps;

/// <summary>Tiny sweeps of the baseline (few customers, few ticks) in a temp folder, and ways to run the real program.</summary>
internal sealed class SweepFixture : IDisposable
{
    public SweepFixture()
    {
        Folder = Path.Combine(Path.GetTempPath(), "marketsim-tests", "sweeps-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public static string RepositoryRoot { get; } = FindRoot();

    public static string Baseline => Path.Combine(RepositoryRoot, "scenarios", "baseline-2025.json");

    public string Sub(string name) => Path.Combine(Folder, name);

    /// <summary>Writes a sweep file; the optional texts replace the default parameters, metrics and design.</summary>
    public string WriteSweep(string name = "tiny", ulong seed = 7, int replications = 2, int ticks = 30, int customers = 300,
        string? parameters = null, string? metrics = null, string? design = null)
    {
        parameters ??= """
            { "path": "alliances[id=azure-nvidia-anthropic].lock_in", "values": [0, 1.5] },
            { "path": "labs[id=openai].markup", "distribution": "uniform(0.5,1.5)" }
            """;
        metrics ??= """ "racetrack_advantage_hindsight_best", "racetrack_return", "toll_share", "peak_round_trip_share", "labs_surviving" """;
        design ??= """{ "kind": "grid", "levels": 2 }""";
        var text = $$"""
            {
              "$schema": "{{Path.Combine(RepositoryRoot, "scenarios", "sweep.schema.json").Replace("\\", "/", StringComparison.Ordinal)}}",
              // a tiny sweep for tests
              "name": "{{name}}",
              "base": "{{Baseline.Replace("\\", "/", StringComparison.Ordinal)}}",
              "parameters": [
                {{parameters}}
              ],
              "design": {{design}},
              "replications": {{replications}},
              "seed": {{seed}},
              "ticks": {{ticks}},
              "customers": {{customers}},
              "metrics": [ {{metrics}} ],
            }
            """;
        var path = Sub(name + ".json");
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Runs the real command tree in this process.</summary>
    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = Program.Run(args, new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Starts the built program (<c>dotnet marketsim.dll ...</c>) in its own process, in the repository root, with no shard variables set.</summary>
    public static Process Start(params string[] args) => StartIn(RepositoryRoot, args);

    /// <summary>
    /// Starts the built program in <paramref name="workingDirectory"/>. Tests never change the test process's own
    /// current directory: it is shared by every test running in parallel and inherited by their child processes,
    /// and a folder deleted under a running child makes its working directory vanish.
    /// </summary>
    public static Process StartIn(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(ProgramDll());
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        foreach (var name in new[] { "SLURM_ARRAY_TASK_ID", "SLURM_ARRAY_TASK_COUNT", "SLURM_ARRAY_TASK_MIN", "JOB_COMPLETION_INDEX", "MARKETSIM_SHARD_COUNT" })
            start.Environment.Remove(name);
        return Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
    }

    /// <summary>The program next to the tests (with its runtimeconfig), else the Simulation project's own output.</summary>
    public static string ProgramDll()
    {
        var here = Path.Combine(AppContext.BaseDirectory, "marketsim.dll");
        if (File.Exists(here) && File.Exists(Path.Combine(AppContext.BaseDirectory, "marketsim.runtimeconfig.json")))
            return here;
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Debug" : "Release";
        var built = Path.Combine(RepositoryRoot, "Simulation", "bin", configuration, "net10.0", "marketsim.dll");
        return File.Exists(built) ? built : throw new FileNotFoundException("marketsim.dll not found; build the solution first", built);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }

    private static string FindRoot() => Repository.Root;
}
