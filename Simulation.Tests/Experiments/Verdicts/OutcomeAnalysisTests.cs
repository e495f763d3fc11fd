using MarketSim.Experiments.Verdicts;

namespace MarketSim.Tests.Experiments.Verdicts;

public sealed class OutcomeAnalysisTests
{
    private static readonly AnalysisSettings Settings = new(BootstrapSeed: 12345);

    private static InvestorSample Racetrack(params double[] multiples) => new("racetrack", "racetrack", "", multiples);

    private static InvestorSample Bet(string id, params double[] multiples) => new(id, "single-lab", id, multiples);

    [Fact]
    public void Analyse_HandMadeSet_PointEstimatesMatchHandComputed()
    {
        // Differences 1, -1, 0, 3: two of four replications better (a tie is not better), mean 0.75.
        // Medians (R7): racetrack [1, 2, 3, 5] -> 2.5, bet [1, 1, 2, 4] -> 1.5.
        var result = OutcomeAnalysis.Analyse([Racetrack(2, 3, 1, 5), Bet("bet", 1, 4, 1, 2)], Settings);

        var pair = Assert.Single(result.Pairs);
        Assert.Equal(("racetrack", "bet", 4), (pair.Investor, pair.Versus, pair.Replications));
        Assert.Equal(0.75, pair.MeanDifference, 12);
        Assert.Equal(0.5, pair.ProbabilityBetter, 12);
        Assert.Equal(1.0, pair.MedianDifference, 12);
        Assert.Equal(1.5, result.Investors[0].MedianReturn, 12);
        Assert.Equal(0.5, result.Investors[1].MedianReturn, 12);
    }

    [Fact]
    public void Analyse_ListedRacetrack_IsARacetrackInvestor()
    {
        // MODEL.md 8.4.12: each racetrack investor against every other investor, racetrack-listed included.
        var listed = new InvestorSample("listed", "racetrack-listed", "", [3, 3]);
        var result = OutcomeAnalysis.Analyse([Racetrack(2, 4), listed, Bet("bet", 1, 1)], Settings);

        Assert.Equal(
            [("racetrack", "listed"), ("racetrack", "bet"), ("listed", "racetrack"), ("listed", "bet")],
            result.Pairs.Select(p => (p.Investor, p.Versus)).ToArray());
    }

    [Fact]
    public void Analyse_TwoReplications_IntervalIsTheSmallestAndLargestResampleMean()
    {
        // n = 2, differences 0 and 2: a resample's mean is 0, 1 or 2 with probability 1/4, 1/2, 1/4, so the 2.5% and
        // 97.5% quantiles of 2,000 resamples are 0 and 2 exactly; 0 is not above zero, so undecided.
        var result = OutcomeAnalysis.Analyse([Racetrack(1, 3), Bet("bet", 1, 1)], Settings);

        var pair = Assert.Single(result.Pairs);
        Assert.Equal((0.0, 2.0), (pair.MeanDifferenceLow, pair.MeanDifferenceHigh));
        Assert.Equal(VerdictKind.Undecided, pair.Verdict);
        // The racetrack's own mean return interval: returns 0 and 2, the same resamples.
        Assert.Equal((0.0, 2.0), (result.Investors[0].MeanReturnLow, result.Investors[0].MeanReturnHigh));
    }

    [Fact]
    public void Analyse_DifferencesAllPositive_Better_AllNegative_Worse()
    {
        var result = OutcomeAnalysis.Analyse([Racetrack(2, 4), Bet("low", 1, 1), Bet("high", 9, 9)], Settings);

        Assert.Equal((1.0, 3.0, VerdictKind.Better), (result.Pairs[0].MeanDifferenceLow, result.Pairs[0].MeanDifferenceHigh, result.Pairs[0].Verdict));
        Assert.Equal((-7.0, -5.0, VerdictKind.Worse), (result.Pairs[1].MeanDifferenceLow, result.Pairs[1].MeanDifferenceHigh, result.Pairs[1].Verdict));
        Assert.Equal("worse", result.Pairs[1].VerdictText);
    }

    [Fact]
    public void Analyse_ManyReplications_HalfWidthNearTheNormalApproximation()
    {
        // Differences +1 and -1 alternating (plug-in sd exactly 1): the percentile interval of the mean is about
        // +/- 1.96 / sqrt(n); at n = 400 that is 0.098.
        var n = 400;
        var a = Enumerable.Range(0, n).Select(r => r % 2 == 0 ? 3.0 : 1.0).ToArray();
        var b = Enumerable.Repeat(2.0, n).ToArray();

        var pair = Assert.Single(OutcomeAnalysis.Analyse([Racetrack(a), Bet("bet", b)], Settings).Pairs);

        Assert.Equal(0.0, pair.MeanDifference, 12);
        Assert.InRange(pair.HalfWidth, 0.09, 0.106);
        Assert.Equal(VerdictKind.Undecided, pair.Verdict);
    }

    [Fact]
    public void Analyse_PairsAreResampledTogether_IdenticalWorldsGiveAZeroWidthInterval()
    {
        // The bet always ends at the racetrack's multiple plus 0.5: unpaired resampling would give a wide
        // interval; resampling whole replications gives exactly -0.5.
        var racetrack = new[] { 1.0, 5.0, 2.0, 40.0, 0.2, 7.0 };
        var result = OutcomeAnalysis.Analyse([Racetrack(racetrack), Bet("bet", racetrack.Select(w => w + 0.5).ToArray())], Settings);

        var pair = Assert.Single(result.Pairs);
        Assert.Equal(-0.5, pair.MeanDifferenceLow, 12);
        Assert.Equal(-0.5, pair.MeanDifferenceHigh, 12);
        Assert.Equal(VerdictKind.Worse, pair.Verdict);
    }

    [Fact]
    public void Analyse_OneReplication_NoIntervalAndUndecided()
    {
        var result = OutcomeAnalysis.Analyse([Racetrack(3), Bet("bet", 1)], Settings);

        var pair = Assert.Single(result.Pairs);
        Assert.True(double.IsNaN(pair.MeanDifferenceLow) && double.IsNaN(pair.MeanDifferenceHigh));
        Assert.Equal(VerdictKind.Undecided, pair.Verdict);
        Assert.Equal(1.0, pair.ProbabilityBetter);
    }

    [Fact]
    public void Analyse_SameSeed_SameIntervals_OtherSeed_OtherIntervalsSamePoints()
    {
        var a = new[] { 1.0, 5.0, 2.0, 40.0, 0.2, 7.0, 3.0 };
        var b = new[] { 2.0, 1.0, 9.0, 0.0, 1.5, 2.0, 6.0 };
        InvestorSample[] samples = [Racetrack(a), Bet("bet", b)];

        var first = OutcomeAnalysis.Analyse(samples, Settings).Pairs[0];
        var again = OutcomeAnalysis.Analyse(samples, Settings).Pairs[0];
        var other = OutcomeAnalysis.Analyse(samples, Settings with { BootstrapSeed = 99 }).Pairs[0];

        Assert.Equal(first, again);
        Assert.NotEqual(first.MeanDifferenceLow, other.MeanDifferenceLow);
        Assert.Equal(first.MeanDifference, other.MeanDifference);
    }

    [Fact]
    public void Analyse_EveryRacetrackInvestor_AgainstEveryOtherInvestor_InOrder()
    {
        var result = OutcomeAnalysis.Analyse(
            [Bet("bet-a", 1, 2), Racetrack(2, 3), new InvestorSample("index", "lab-index", "", [1, 1]), new InvestorSample("track-2", "racetrack", "", [2, 2])],
            Settings);

        Assert.Equal(
            [("racetrack", "bet-a"), ("racetrack", "index"), ("racetrack", "track-2"), ("track-2", "bet-a"), ("track-2", "racetrack"), ("track-2", "index")],
            result.Pairs.Select(p => (p.Investor, p.Versus)));
    }

    [Fact]
    public void Analyse_UnequalReplications_Throws()
    {
        Assert.Throws<ArgumentException>(() => OutcomeAnalysis.Analyse([Racetrack(1, 2), Bet("bet", 1)], Settings));
    }
}
