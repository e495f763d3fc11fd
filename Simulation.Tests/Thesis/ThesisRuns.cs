using MarketSim.Market;
using MarketSim.Market.Parameters;
using MarketSim.Scenarios;
using MarketSim.Tests.Support;

namespace MarketSim.Tests.Thesis;

/// <summary>
/// Loads scenarios of the library (<c>scenarios/*.json</c>) the way the CLI does and runs replications
/// in parallel, one probe per replication, so each test reads what it needs from every tick.
/// </summary>
internal static class ThesisRuns
{
    private static readonly Lazy<string> RepoRoot = new(FindRepoRoot);

    /// <summary>The scenario library, in the order of scenarios/README.md.</summary>
    public static readonly string[] Library =
    [
        "baseline-2025", "no-alliances", "vertical-lockdown", "horizontal-coalition", "winner-take-all",
        "commoditization", "efficiency-shock", "bubble-burst", "circular-boom",
    ];

    /// <summary>The folder holding MarketSim.sln.</summary>
    public static string Repo => RepoRoot.Value;

    /// <summary>The scenario <paramref name="name"/> with <c>--set</c>-style overrides applied.</summary>
    public static ScenarioParameters Load(string name, params string[] overrides) =>
        ScenarioLoader.Load(Path.Combine(Repo, "scenarios", name + ".json"), overrides).Parameters;

    /// <summary>
    /// Runs replications 0 to <paramref name="replications"/> - 1 in parallel (seeds derive from the scenario
    /// seed and the replication index, so results do not depend on the thread count). Each replication gets a
    /// fresh probe; <paramref name="afterTick"/> sees the market after every tick and <paramref name="finished"/>
    /// the final market.
    /// </summary>
    public static TProbe[] Run<TProbe>(
        ScenarioParameters scenario,
        int replications,
        Func<TProbe> probe,
        Action<MarketModel, TProbe>? afterTick = null,
        Action<MarketModel, TProbe>? finished = null,
        bool check = false,
        int? ticks = null)
    {
        var probes = new TProbe[replications];
        Parallel.For(0, replications, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, replication =>
        {
            var p = probe();
            Action<MarketModel>? each = afterTick is null ? null : m => afterTick(m, p);
            var market = MarketRunner.Run(scenario, replication, null, flows: false, check: check, ticks: ticks, afterTick: each);
            finished?.Invoke(market, p);
            probes[replication] = p;
        });
        return probes;
    }

    private static string FindRepoRoot() => Repository.Root;
}
