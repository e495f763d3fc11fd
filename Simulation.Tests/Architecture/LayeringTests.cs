using System.Text.RegularExpressions;
using MarketSim.Engine;
using MarketSim.Tests.Architecture.Fixtures;
using MarketSim.Tests.Support;

namespace MarketSim.Tests.Architecture;

public sealed partial class LayeringTests
{
    private static readonly Lazy<IReadOnlyList<TypeReference>> Simulation =
        new(() => TypeReferenceScanner.Scan(typeof(Model).Assembly));

    [Fact]
    public void Engine_AnyType_ReferencesNoOtherMarketSimLayer()
    {
        var violations = Violations(Simulation.Value, "MarketSim.Engine", IsOtherMarketSimNamespace);

        Assert.Empty(violations);
    }

    [Fact]
    public void Market_AnyType_ReferencesNoLayerAboveIt()
    {
        var violations = Violations(Simulation.Value, "MarketSim.Market", ns => IsUnder(ns, "MarketSim.Scenarios", "MarketSim.Experiments", "MarketSim.Output", "MarketSim.Cli"));

        Assert.Empty(violations);
    }

    [Fact]
    public void Scenarios_AnyType_ReferencesNoLayerAboveIt()
    {
        var violations = Violations(Simulation.Value, "MarketSim.Scenarios", ns => IsUnder(ns, "MarketSim.Experiments", "MarketSim.Output", "MarketSim.Cli"));

        Assert.Empty(violations);
    }

    [Fact]
    public void ExperimentsAndOutput_AnyType_ReferenceNeitherEachOtherNorTheCli()
    {
        var experiments = Violations(Simulation.Value, "MarketSim.Experiments", ns => IsUnder(ns, "MarketSim.Output", "MarketSim.Cli"));
        var output = Violations(Simulation.Value, "MarketSim.Output", ns => IsUnder(ns, "MarketSim.Experiments", "MarketSim.Cli"));

        Assert.Empty(experiments);
        Assert.Empty(output);
    }

    [Fact]
    public void MarketAgents_AnyType_ReferencesNoMarketModel()
    {
        // One-way flow: an agent learns of the market only through the stage that activates it.
        var violations = Simulation.Value
            .Where(r => IsUnder(r.FromNamespace, "MarketSim.Market.Agents") && r.ToType == "MarketSim.Market.MarketModel")
            .ToList();

        Assert.Empty(violations);
    }

    [Fact]
    public void MarketAgentsSources_AnyFile_NameNoMarketModel()
    {
        var offending = SourceLines(Path.Combine("Market", "Agents"), MarketModelName());

        Assert.Empty(offending);
    }

    [Fact]
    public void EngineSources_AnyFile_NameNoOtherMarketSimNamespace()
    {
        var offending = SourceLines("Engine", OtherThanEngine());

        Assert.Empty(offending);
    }

    [Fact]
    public void MarketSources_AnyFile_NameNoLayerAboveIt()
    {
        var offending = SourceLines("Market", AboveMarket());

        Assert.Empty(offending);
    }

    [Fact]
    public void Scan_CliUsesTheMoneyModelOnlyInsideAMethodBody_FindsIt()
    {
        // The checker itself must see references that live only in IL (a constructor call and a local).
        var violations = Violations(Simulation.Value, "MarketSim.Cli", ns => IsUnder(ns, "MarketSim.Engine"));

        Assert.Contains(violations, r => r.FromType == "MarketSim.Cli.MoneyBenchmark" && r.ToType == "MarketSim.Engine.Reference.MoneyModel");
    }

    [Theory]
    [InlineData(typeof(LambdaOnlyUse), "MarketSim.Engine.MemoryDataSink")]
    [InlineData(typeof(GenericArgumentUse), "MarketSim.Engine.DataValue")]
    [InlineData(typeof(TypeOfUse), "MarketSim.Engine.SeedMixer")]
    [InlineData(typeof(ConstraintUse<>), "MarketSim.Engine.Agent")]
    [InlineData(typeof(CatchUse), "MarketSim.Engine.ScheduledEvent")]
    public void Scan_HiddenUses_AreAttributedToTheDeclaringType(Type user, string expected)
    {
        var references = TypeReferenceScanner.Scan(typeof(LayeringTests).Assembly);

        var found = references.Where(r => r.FromType == user.FullName!.Split('`')[0] + (user.IsGenericTypeDefinition ? "`1" : string.Empty)).Select(r => r.ToType);

        Assert.Contains(expected, found);
    }

    private static List<TypeReference> Violations(IEnumerable<TypeReference> references, string layer, Func<string, bool> forbidden) =>
        references.Where(r => IsUnder(r.FromNamespace, layer) && forbidden(r.ToNamespace)).ToList();

    private static bool IsOtherMarketSimNamespace(string ns) =>
        (ns == "MarketSim" || ns.StartsWith("MarketSim.", StringComparison.Ordinal)) && !IsUnder(ns, "MarketSim.Engine");

    private static bool IsUnder(string ns, params string[] roots) =>
        roots.Any(root => ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal));

    private static List<string> SourceLines(string folder, Regex pattern)
    {
        var directory = Path.Combine(RepositoryRoot(), "Simulation", folder);
        if (!Directory.Exists(directory))
        {
            return [];
        }

        return Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, line, i)))
            .Where(x => pattern.IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(directory, x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();
    }

    private static string RepositoryRoot() => Repository.Root;

    [GeneratedRegex(@"\bMarketSim\.(?!Engine\b)[A-Z]\w*")]
    private static partial Regex OtherThanEngine();

    [GeneratedRegex(@"\bMarketSim\.(Scenarios|Experiments|Output|Cli)\b")]
    private static partial Regex AboveMarket();

    [GeneratedRegex(@"\bMarketModel\b")]
    private static partial Regex MarketModelName();
}
