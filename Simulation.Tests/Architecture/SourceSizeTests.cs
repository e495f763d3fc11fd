using MarketSim.Tests.Support;

namespace MarketSim.Tests.Architecture;

/// <summary>Files stay small enough to read: one concern each (docs/architecture.md).</summary>
public sealed class SourceSizeTests
{
    private const int MaxLines = 400;
    private const int MaxModelLines = 300;

    [Fact]
    public void SimulationSources_AnyFile_AtMost400Lines()
    {
        var root = Path.Combine(Repository.Root, "Simulation");
        var sep = Path.DirectorySeparatorChar;
        var tooLong = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{sep}obj{sep}", StringComparison.Ordinal) && !f.Contains($"{sep}bin{sep}", StringComparison.Ordinal))
            .Select(f => (File: Path.GetRelativePath(root, f), Lines: File.ReadLines(f).Count()))
            .Where(f => f.Lines > MaxLines)
            .ToList();

        Assert.Empty(tooLong);
    }

    [Fact]
    public void MarketModel_WiringLookupsAndStageTable_AtMost300Lines() =>
        Assert.InRange(File.ReadLines(Path.Combine(Repository.Root, "Simulation", "Market", "MarketModel.cs")).Count(), 1, MaxModelLines);
}
