using MarketSim.Tests.Scenarios;
using static MarketSim.Tests.Scenarios.ScenarioFixture;

namespace MarketSim.Tests.Cli;

/// <summary>
/// Every bad-input case of the loader tests, driven through the real <c>run</c> command: exit code 2, one
/// message naming the file, the JSON path and the line where they apply, no stack trace, and no output folder.
/// </summary>
public sealed class BadInputCliTests
{
    public static TheoryData<string> CaseNames => [.. ScenarioLoaderBadInputTests.Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Run_BadScenario_ExitsTwoWithLocatedMessageAndWritesNothing(string name)
    {
        var bad = ScenarioLoaderBadInputTests.Cases[name];
        var root = CliHarness.TempDir();
        var text = bad.Edit is null ? Valid : bad.Edit(Valid);
        var path = Path.Combine(root, "tiny.json");
        File.WriteAllText(path, text);
        var folder = Path.Combine(root, "out");
        var args = new List<string> { "run", path, "--out", folder, "--quiet" };
        foreach (var set in bad.Overrides)
        {
            args.Add("--set");
            args.Add(set);
        }

        var (exit, output, error) = CliHarness.Run([.. args]);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        var file = bad.File == "tiny.json" ? path : bad.File;
        var location = bad.LineMarker is null ? file : $"{file}:{LineOf(text, bad.LineMarker)}";
        var expected = bad.JsonPath is null ? location : $"{location}: {bad.JsonPath}";
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Contains(bad.Message, error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
        Assert.Equal([path], Directory.GetFileSystemEntries(root));
    }
}
