using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MarketSim.Tests.Cli;
using MarketSim.Tests.Support;

namespace MarketSim.Tests.Golden;

/// <summary>
/// Pins every CSV of the nine library scenarios (their own seed, 5 replications, 120 ticks) by SHA-256, so a change
/// meant to keep behaviour (a restructure) proves it did. A change meant to alter outputs regenerates the file with
/// MARKETSIM_UPDATE_GOLDEN=1 in a commit of its own that says why.
/// </summary>
public sealed class LibraryGoldenTests
{
    private static readonly string HashFile = Path.Combine(Repository.Root, "Simulation.Tests", "Golden", "library-csv.sha256");

    [Fact]
    public void Library_EveryCsv_MatchesItsGoldenHash()
    {
        var actual = ComputeHashes();
        if (Environment.GetEnvironmentVariable("MARKETSIM_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(HashFile, Format(actual));
            return;
        }

        var expected = Parse(File.ReadAllText(HashFile));
        var differences = expected.Keys.Union(actual.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Where(key => !expected.TryGetValue(key, out var e) || !actual.TryGetValue(key, out var a) || e != a)
            .ToList();
        Assert.True(differences.Count == 0, "Outputs changed: " + string.Join(", ", differences));
    }

    private static SortedDictionary<string, string> ComputeHashes()
    {
        var root = CliHarness.TempDir();
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        try
        {
            foreach (var scenario in LibraryScenarios())
            {
                var name = Path.GetFileNameWithoutExtension(scenario);
                var folder = Path.Combine(root, name);
                var (exit, _, error) = CliHarness.Run(
                    "run", scenario, "--replications", "5", "--ticks", "120", "--out", folder, "--no-charts", "--quiet", "--parallel", "2");
                Assert.True(exit == 0, name + ": " + error);
                foreach (var csv in Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal))
                {
                    using var stream = File.OpenRead(csv);
                    hashes[name + "/" + Path.GetFileName(csv)] = Convert.ToHexStringLower(SHA256.HashData(stream));
                }
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }

        return hashes;
    }

    // The library, plus the v1 baseline kept for the dockings: its hashes are those the library's baseline had before
    // issue 16 moved the library to v2, so they prove the v1 rules still run byte for byte.
    private static IEnumerable<string> LibraryScenarios() =>
        Directory.GetFiles(Path.Combine(Repository.Root, "scenarios"), "*.json")
            .Where(path => !path.EndsWith(".schema.json", StringComparison.Ordinal))
            .Where(path => !NotLibrary.Contains(Path.GetFileName(path)))
            .Append(Path.Combine(Repository.Root, "Simulation.Tests", "Fixtures", "baseline-2025-v1.json"))
            .Order(StringComparer.Ordinal);

    // Scenarios in scenarios/ that are not part of the nine-scenario library.
    private static readonly HashSet<string> NotLibrary = new(StringComparer.Ordinal) { "hindcast-2024.json", "hindcast-2024-driven.json" };

    private static string Format(SortedDictionary<string, string> hashes)
    {
        var text = new StringBuilder();
        foreach (var (file, hash) in hashes)
        {
            text.Append(CultureInfo.InvariantCulture, $"{hash}  {file}\n");
        }

        return text.ToString();
    }

    private static Dictionary<string, string> Parse(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split("  ", 2))
            .ToDictionary(parts => parts[1], parts => parts[0], StringComparer.Ordinal);
}
