using MarketSim.Scenarios;
using MarketSim.Tests.Support;

namespace MarketSim.Tests.Scenarios;

/// <summary>Each file kind identifies itself (issue 17), by the file name of its $schema or by its required fields.</summary>
public sealed class FileKindsTests
{
    [Theory]
    [InlineData("{ \"$schema\": \"./scenario.schema.json\" }", FileKind.Scenario)]
    [InlineData("{ \"$schema\": \"https://example.org/x/sweep.schema.json#\" }", FileKind.Sweep)]
    [InlineData("{ \"$schema\": \"..\\\\calibration.schema.json\", \"name\": \"c\" }", FileKind.Calibration)]
    [InlineData("{ \"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"$defs\": {} }", FileKind.Schema)]
    [InlineData("// no $schema\n{ \"extends\": \"baseline-2025.json\", \"name\": \"x\", }", FileKind.Scenario)]
    [InlineData("{ \"base\": \"b.json\", \"design\": { \"kind\": \"grid\" } }", FileKind.Sweep)]
    [InlineData("{ \"base\": \"b.json\", \"observations\": \"o.csv\", \"parameters\": [] }", FileKind.Calibration)]
    [InlineData("{ \"scenario\": \"x\", \"resolved_scenario\": {} }", FileKind.Manifest)]
    [InlineData("{ \"hello\": 1 }", FileKind.Unknown)]
    [InlineData("[1, 2]", FileKind.Unknown)]
    [InlineData("{ \"name\": ", FileKind.Unknown)]
    [InlineData("", FileKind.Unknown)]
    [InlineData(FileKinds.ObservationHeader + "\nlab_revenue,openai,2025-01,2025-12,13,USD bn/yr,12,14,P,filing,\n", FileKind.Observations)]
    [InlineData("\uFEFF" + FileKinds.ObservationHeader + "\r\n", FileKind.Observations)]
    [InlineData("series,firm\n", FileKind.Unknown)]
    public void Detect_Contents_GivesTheKind(string text, FileKind kind) =>
        Assert.Equal(kind, FileKinds.Detect(System.Text.Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void Repository_EveryFile_IsTheKindItsFolderSays()
    {
        var scenarios = Path.Combine(Repository.Root, "scenarios");
        foreach (var file in Directory.GetFiles(scenarios, "*.json"))
            Assert.Equal(file.EndsWith(".schema.json", StringComparison.Ordinal) ? FileKind.Schema : FileKind.Scenario, FileKinds.Detect(file));
        foreach (var file in Directory.GetFiles(Path.Combine(scenarios, "sweeps"), "*.json"))
            Assert.Equal(FileKind.Sweep, FileKinds.Detect(file));
        foreach (var file in Directory.GetFiles(Path.Combine(scenarios, "sweeps", "bases"), "*.json"))
            Assert.Equal(FileKind.Scenario, FileKinds.Detect(file));
        foreach (var file in Directory.GetFiles(Path.Combine(scenarios, "uncertainty"), "*.json"))
            Assert.Equal(FileKind.Scenario, FileKinds.Detect(file));
    }

    [Fact]
    public void Expect_WrongKind_OneErrorNamingTheFileAndWhatWasExpected()
    {
        var file = Path.Combine(Repository.Root, "scenarios", "sweeps", "bases", "baseline-open-coalition.json");

        var e = Assert.Throws<InputException>(() => FileKinds.Expect(file, "sweep", FileKind.Sweep));

        var error = Assert.Single(e.Errors);
        Assert.Equal($"{file}: this is a scenario file, but sweep expects a sweep file (run it with ./run.sh run)", error.ToString());
    }

    [Fact]
    public void Expect_UnreadableFile_LeavesTheLoaderToSayWhy()
    {
        FileKinds.Expect(Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid().ToString("N") + ".json"), "run", FileKind.Scenario);
    }
}
