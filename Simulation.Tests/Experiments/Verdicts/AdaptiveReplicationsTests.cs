using MarketSim.Experiments;
using MarketSim.Experiments.Verdicts;
using MarketSim.Market.Investors;

namespace MarketSim.Tests.Experiments.Verdicts;

public sealed class AdaptiveReplicationsTests
{
    private static readonly AnalysisSettings Settings = new(BootstrapSeed: 7);

    // A synthetic run: in replication r the racetrack ends at 10 times its money and the bet at 10 - d(r).
    private static Func<int, int, IReadOnlyList<InvestorOutcome>> Synthetic(Func<int, double> difference, List<(int First, int Count)>? batches = null) =>
        (first, count) =>
        {
            batches?.Add((first, count));
            var outcomes = new List<InvestorOutcome>();
            for (var r = first; r < first + count; r++)
            {
                outcomes.Add(new InvestorOutcome(0, "racetrack", "racetrack", "", r, new InvestorMetrics(9, 0, 0, 0)));
                outcomes.Add(new InvestorOutcome(1, "bet", "single-lab", "lab", r, new InvestorMetrics(9 - difference(r), 0, 0, 0)));
            }

            return outcomes;
        };

    [Fact]
    public void Run_UndecidedDifference_StopsAtTheFirstBatchTheClosedFormHalfWidthReaches()
    {
        // Differences +1, -1 alternating: mean 0 (never decided), plug-in sd 1, half-width about 1.96 / sqrt(n).
        // For X = 0.28 the closed form gives n >= (1.96 / 0.28)^2 = 49: batches of 20 stop at 60 (0.31 at 40, 0.25 at 60).
        var result = AdaptiveReplications.Run(0, new PrecisionTarget(0.28, 2_000, 20), Synthetic(r => r % 2 == 0 ? 1 : -1), Settings);

        Assert.Equal((60, StopReason.Precision), (result.Replications, result.StoppedBecause));
        Assert.Equal(VerdictKind.Undecided, result.Analysis.Pairs[0].Verdict);
    }

    [Fact]
    public void Run_PositiveDifference_StopsAtTheFirstBatchTheClosedFormDecides()
    {
        // Differences 3.8 and -1.8 alternating: mean 1, sd 2.8; the interval clears zero once 1.96 * 2.8 / sqrt(n) < 1,
        // n > 30.1: batches of 20 stop at 40, better, whatever the precision asked.
        var result = AdaptiveReplications.Run(0, new PrecisionTarget(0, 2_000, 20), Synthetic(r => r % 2 == 0 ? 3.8 : -1.8), Settings);

        Assert.Equal((40, StopReason.Decided), (result.Replications, result.StoppedBecause));
        Assert.Equal(VerdictKind.Better, result.Analysis.Pairs[0].Verdict);
    }

    [Fact]
    public void Run_CapReached_StopsThereWithAShortLastBatch()
    {
        var batches = new List<(int, int)>();
        var result = AdaptiveReplications.Run(0, new PrecisionTarget(0, 50, 20), Synthetic(r => r % 2 == 0 ? 1 : -1, batches), Settings);

        Assert.Equal((50, StopReason.MaxReplications), (result.Replications, result.StoppedBecause));
        Assert.Equal([(0, 20), (20, 20), (40, 10)], batches);
    }

    [Fact]
    public void Run_StoppedRun_SameAnalysisAsAFixedCountRunOfItsSize()
    {
        var difference = (int r) => Math.Sin(r * 1.7) + 0.05;
        var adaptive = AdaptiveReplications.Run(0, new PrecisionTarget(0.3, 2_000, 20), Synthetic(difference), Settings);
        var batches = new List<(int, int)>();
        var fixedRun = AdaptiveReplications.Run(adaptive.Replications, null, Synthetic(difference, batches), Settings);

        Assert.Equal([(0, adaptive.Replications)], batches);
        Assert.Equal(StopReason.Fixed, fixedRun.StoppedBecause);
        Assert.Equal(adaptive.Analysis.Pairs, fixedRun.Analysis.Pairs);
        Assert.Equal(adaptive.Analysis.Investors, fixedRun.Analysis.Investors);
    }

    [Fact]
    public void Run_NoRacetrack_StopsAfterOneBatch()
    {
        var result = AdaptiveReplications.Run(0, new PrecisionTarget(0.1), (first, count) =>
            Enumerable.Range(first, count).Select(r => new InvestorOutcome(0, "bet", "single-lab", "lab", r, new InvestorMetrics(r, 0, 0, 0))).ToList(), Settings);

        Assert.Equal((PrecisionTarget.DefaultBatchSize, StopReason.NoComparison), (result.Replications, result.StoppedBecause));
    }
}
