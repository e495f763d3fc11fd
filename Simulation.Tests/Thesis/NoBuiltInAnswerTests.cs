using MarketSim.Experiments;
using Xunit.Abstractions;

namespace MarketSim.Tests.Thesis;

/// <summary>
/// docs/model.md section 1.1: the answer to "racetrack or one horse?" must not be built in. Over 50 replications
/// the racetrack must win in one scenario and lose to some single-lab bet in another. Investor returns
/// depend on customers only through lab demand shares, so 2,000 customers (a tenth of the baseline) do.
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
    public void Commoditization_Racetrack_BeatsEverySingleLabBet()
    {
        var results = Summarise("commoditization");
        var racetrack = results.Single(r => r.Strategy == "racetrack");
        foreach (var bet in results.Where(r => r.Strategy == "single-lab"))
        {
            Assert.True(racetrack.MeanReturn > bet.MeanReturn, $"racetrack ({racetrack.MeanReturn:P0}) should beat {bet.Id} ({bet.MeanReturn:P0})");
        }
    }

    private IReadOnlyList<StrategyResult> Summarise(string name)
    {
        var scenario = ThesisRuns.Load(name, Customers);
        var outcomes = ThesisRuns.Run(scenario, Replications, () => new List<InvestorOutcome>(), finished: (m, p) => p.AddRange(InvestorOutcome.Of(m)));
        var results = StrategyResult.Summarise(outcomes.SelectMany(o => o));
        foreach (var r in results)
        {
            output.WriteLine($"{name} {r.Id}: mean {r.MeanReturn:P0}, p5 {r.P5Return:P0}, p95 {r.P95Return:P0}");
        }

        return results;
    }
}
