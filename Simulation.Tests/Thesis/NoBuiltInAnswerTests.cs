using MarketSim.Experiments;
using Xunit.Abstractions;

namespace MarketSim.Tests.Thesis;

/// <summary>
/// docs/model.md section 1.1: the answer to "racetrack or one horse?" must not be built in. Over 50 replications
/// some single-lab bet beats the racetrack in one scenario, and the racetrack has no floor built in: with the demand
/// of the baseline growing only by adoption and the cost of a task (the frontier unlocks no new tasks and tokens per
/// task stay flat), it earns about nothing in ten years. Investor returns depend on customers only through lab demand shares, so 2,000
/// customers (a tenth of the baseline) do. Under v1, `commoditization` also had the racetrack beat every single-lab
/// bet; under v2 no library scenario does (scenarios/README.md says why).
/// </summary>
public sealed class NoBuiltInAnswerTests(ITestOutputHelper output)
{
    private const int Replications = 50;
    private const string Customers = "customers.count=2000";

    [Fact]
    public void WinnerTakeAll_SomeSingleLabBet_BeatsRacetrack()
    {
        var results = Summarise("winner-take-all");
        var racetrack = results.Single(r => r.Strategy == "racetrack");
        var best = results.Where(r => r.Strategy == "single-lab").MaxBy(r => r.MeanReturn)!;
        Assert.True(best.MeanReturn > racetrack.MeanReturn, $"{best.Id} ({best.MeanReturn:P0}) should beat racetrack ({racetrack.MeanReturn:P0})");
    }

    [Fact]
    public void Baseline_WithoutTaskUnlocking_RacetrackBarelyKeepsItsCapital()
    {
        // Clouds order a planning horizon ahead on the growth they expect; when demand grows more slowly, fleets
        // arrive into thin utilisation, prices fall toward cost and the vendors' orders fall away: ten years of the
        // racetrack earn nothing or lose a little (the baseline's median is about +300%).
        var results = Summarise("baseline-2025", "market.task_demand.adjustment=0", "market.task_demand.tokens_exponent=0");
        var racetrack = results.Single(r => r.Strategy == "racetrack");
        // Measured: median -9%, p5 -23% (-10% and -22% at 200 replications of 20,000 customers), with the outside
        // fleets started at their planned utilisation (docs/model.md (7.12b)); +13% and -2% under the previous start,
        // whose sovereign fleet began with a demand 1.5 times its fleet and bought chips to close that gap. With the clouds'
        // fleet-grown tick-0 lines of an earlier round it was -2% and -15% (-15% and -27% before departure 84, -7% and
        // -37% before departure 83).
        Assert.True(racetrack.MedianReturn < 0.25, $"racetrack median {racetrack.MedianReturn:P0} should be at most a quarter in ten years");
        Assert.True(racetrack.P5Return < 0.1, $"racetrack p5 {racetrack.P5Return:P0} should be at most a tenth in ten years");
    }

    private IReadOnlyList<StrategyResult> Summarise(string name, params string[] overrides)
    {
        var scenario = ThesisRuns.Load(name, [Customers, .. overrides]);
        var outcomes = ThesisRuns.Run(scenario, Replications, () => new List<InvestorOutcome>(), finished: (m, p) => p.AddRange(InvestorOutcome.Of(m)));
        var results = StrategyResult.Summarise(outcomes.SelectMany(o => o));
        foreach (var r in results)
        {
            output.WriteLine($"{name} {r.Id}: mean {r.MeanReturn:P0}, median {r.MedianReturn:P0}, p5 {r.P5Return:P0}, p95 {r.P95Return:P0}");
        }

        return results;
    }
}
