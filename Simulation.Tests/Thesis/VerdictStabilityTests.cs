using MarketSim.Experiments;
using MarketSim.Experiments.Verdicts;
using MarketSim.Market.Parameters;
using Xunit.Abstractions;

namespace MarketSim.Tests.Thesis;

/// <summary>
/// A verdict must survive a change of seed: over the whole library, two seeds at a small size may leave a comparison
/// decided under one and undecided under the other, but never decide it both ways. Investor returns depend on
/// customers only through lab demand shares, so 2,000 customers (a tenth of the baseline) keep it fast.
/// </summary>
public sealed class VerdictStabilityTests(ITestOutputHelper output)
{
    private const int Replications = 10;

    [Fact]
    public void Library_TwoSeeds_NeverDecideAComparisonBothWays()
    {
        var conflicts = new List<string>();
        var decided = 0;
        foreach (var name in ThesisRuns.Library)
        {
            var first = Verdicts(ThesisRuns.Load(name, "customers.count=2000") with { Seed = 1 });
            var second = Verdicts(ThesisRuns.Load(name, "customers.count=2000") with { Seed = 2 });
            foreach (var (a, b) in first.Zip(second))
            {
                Assert.Equal((a.Investor, a.Versus), (b.Investor, b.Versus));
                decided += (a.Verdict != VerdictKind.Undecided ? 1 : 0) + (b.Verdict != VerdictKind.Undecided ? 1 : 0);
                if ((a.Verdict, b.Verdict) is (VerdictKind.Better, VerdictKind.Worse) or (VerdictKind.Worse, VerdictKind.Better))
                    conflicts.Add($"{name}: {a.Investor} vs {a.Versus} is {a.VerdictText} under seed 1, {b.VerdictText} under seed 2");
            }
        }

        output.WriteLine($"{decided} decided verdicts over two seeds of {ThesisRuns.Library.Length} scenarios at {Replications} replications");
        Assert.Empty(conflicts);
        Assert.True(decided > 0, "no verdict was decided at all: the test would pass for the wrong reason");
    }

    private static IReadOnlyList<PairVerdict> Verdicts(ScenarioParameters scenario)
    {
        var outcomes = ThesisRuns.Run(scenario, Replications, () => new List<InvestorOutcome>(), finished: (m, p) => p.AddRange(InvestorOutcome.Of(m)));
        return OutcomeAnalysis.Analyse(InvestorSample.From(outcomes.SelectMany(o => o)), AnalysisSettings.ForRun(scenario.Seed, scenario.Analysis)).Pairs;
    }
}
