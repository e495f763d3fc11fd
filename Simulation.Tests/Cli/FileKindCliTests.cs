using MarketSim.Tests.Fuzz;

namespace MarketSim.Tests.Cli;

/// <summary>A command given the wrong kind of file says so in one line (issue 17), and writes nothing.</summary>
public sealed class FileKindCliTests
{
    public static TheoryData<string, string, string> Cases => new()
    {
        { "sweep", "scenario.json", "this is a scenario file, but sweep expects a sweep file" },
        { "sweep", "calibration.json", "this is a calibration file, but sweep expects a sweep file" },
        { "sweep", "observations.csv", "this is an observation file, but sweep expects a sweep file" },
        { "run", "sweep.json", "this is a sweep file, but run expects a scenario file or a run's manifest.json" },
        { "run", "observations.csv", "this is an observation file, but run expects a scenario file" },
        { "compare", "calibration.json", "this is a calibration file, but compare expects a scenario file" },
        { "validate", "observations.csv", "this is an observation file, but validate expects a scenario file or a sweep file" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Command_WrongKindOfFile_OneLineNamingFileAndExpectedKind(string command, string file, string expected)
    {
        var root = CliHarness.TempDir();
        File.WriteAllText(Path.Combine(root, "scenario.json"), FuzzInputs.Tiny);
        File.WriteAllText(Path.Combine(root, "sweep.json"), FuzzInputs.Sweep);
        File.WriteAllText(Path.Combine(root, "calibration.json"), FuzzInputs.Calibration);
        File.WriteAllText(Path.Combine(root, "observations.csv"), FuzzInputs.Observations);
        var path = Path.Combine(root, file);
        var output = Path.Combine(root, "out");

        var (exit, stdout, error) = CliHarness.Run(command == "validate" ? [command, path] : [command, path, "--out", output, "--quiet"]);

        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Equal($"error: {path}: {expected}", error.TrimEnd('\n').Split('\n')[0][..$"error: {path}: {expected}".Length]);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Sweep_TheExampleSweepsFolder_HoldsOnlySweeps()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(CliHarness.RepoRoot, "scenarios", "sweeps"), "*.json"))
        {
            var (exit, output, _) = CliHarness.Run("validate", file);
            Assert.Equal(0, exit);
            Assert.Contains("ok:", output, StringComparison.Ordinal);
        }
    }
}
