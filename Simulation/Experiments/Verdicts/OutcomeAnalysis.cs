using MarketSim.Engine;
using MathNet.Numerics.Statistics;

namespace MarketSim.Experiments.Verdicts;

/// <summary>
/// Judges investors' final value multiples across replications (MODEL.md 8.4.12): per investor the median, the
/// certainty equivalent and a percentile-bootstrap interval of the mean; per pre-specified pair (each racetrack
/// investor against every other investor) the paired differences and a verdict.
/// </summary>
/// <remarks>
/// The bootstrap is paired: resample b draws n replication indices with replacement (uniform, from the seeded
/// stream of <see cref="AnalysisSettings.BootstrapSeed"/>, b = 0..B-1 and draws in order), and the same indices
/// resample every investor, so each resample is a set of whole worlds and a pair's difference keeps its
/// correlation. The interval is the (1 - c)/2 and (1 + c)/2 quantiles (R7) of the B resampled statistics.
/// The draws depend only on the seed, n and B, so a run of n replications gives the same intervals however it
/// was reached.
/// </remarks>
public static class OutcomeAnalysis
{
    /// <summary>The strategy whose investors are compared with every other investor.</summary>
    public const string RacetrackStrategy = "racetrack";

    /// <summary>The racetrack held as listed companies, core businesses included (MODEL.md 8.4.7): a racetrack investor too.</summary>
    public const string RacetrackListedStrategy = "racetrack-listed";

    /// <summary>Statistics per investor and a verdict per pair.</summary>
    public static OutcomeAnalysisResult Analyse(IReadOnlyList<InvestorSample> samples, AnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(settings);
        BootstrapInterval.RequireSettings(settings.Resamples, settings.Confidence);
        CertaintyEquivalent.Require(settings.WealthFraction, settings.RiskAversion);
        if (samples.Count == 0)
            return new OutcomeAnalysisResult([], []);
        var n = samples[0].Multiples.Count;
        foreach (var s in samples)
        {
            if (s.Multiples.Count != n)
                throw new ArgumentException($"Investor {s.Id} has {s.Multiples.Count} replications, {samples[0].Id} has {n}: pairs need the same worlds.", nameof(samples));
            for (var r = 0; r < n; r++)
            {
                if (!double.IsFinite(s.Multiples[r]))
                    throw new ArgumentException($"Investor {s.Id}, replication {r}: the value multiple is not finite ({s.Multiples[r]}).", nameof(samples));
            }
        }

        if (n == 0)
            throw new ArgumentException("Cannot judge zero replications.", nameof(samples));

        var means = n > 1 ? ResampledMeans(samples, n, settings) : null;
        var statistics = new List<InvestorStatistics>(samples.Count);
        var medians = new double[samples.Count];
        var certainty = new double[samples.Count];
        for (var k = 0; k < samples.Count; k++)
        {
            medians[k] = Median(samples[k].Multiples) - 1;
            certainty[k] = CertaintyEquivalent.Of(samples[k].Multiples, settings.WealthFraction, settings.RiskAversion);
            var (low, high) = means is null ? (double.NaN, double.NaN) : BootstrapInterval.Percentile(Shift(means[k], -1), settings.Confidence);
            statistics.Add(new InvestorStatistics(samples[k].Id, medians[k], low, high, certainty[k]));
        }

        // MODEL.md 8.4.12: each racetrack investor (the AI basket or the listed companies) against every other investor.
        var pairs = new List<PairVerdict>();
        for (var a = 0; a < samples.Count; a++)
        {
            if (!IsRacetrack(samples[a]))
                continue;
            for (var v = 0; v < samples.Count; v++)
            {
                if (v != a)
                    pairs.Add(Pair(samples[a], samples[v], means?[a], means?[v], medians[a] - medians[v], certainty[a] - certainty[v], settings.Confidence));
            }
        }

        return new OutcomeAnalysisResult(statistics, pairs);
    }

    private static bool IsRacetrack(InvestorSample sample) =>
        string.Equals(sample.Strategy, RacetrackStrategy, StringComparison.OrdinalIgnoreCase)
        || string.Equals(sample.Strategy, RacetrackListedStrategy, StringComparison.OrdinalIgnoreCase);

    private static PairVerdict Pair(InvestorSample a, InvestorSample b, double[]? meansA, double[]? meansB, double medianDifference,
        double certaintyDifference, double confidence)
    {
        var n = a.Multiples.Count;
        var sum = 0.0;
        var better = 0;
        for (var r = 0; r < n; r++)
        {
            var d = a.Multiples[r] - b.Multiples[r];
            sum += d;
            if (d > 0)
                better++;
        }

        var low = double.NaN;
        var high = double.NaN;
        if (meansA is not null && meansB is not null)
        {
            var differences = new double[meansA.Length];
            for (var i = 0; i < differences.Length; i++)
                differences[i] = meansA[i] - meansB[i];
            (low, high) = BootstrapInterval.Percentile(differences, confidence);
        }

        return new PairVerdict(a.Id, b.Id, n, sum / n, low, high, medianDifference, (double)better / n, certaintyDifference,
            PairVerdict.Decide(low, high));
    }

    // means[k][b]: investor k's mean multiple in resample b, every investor resampled with the same indices.
    private static double[][] ResampledMeans(IReadOnlyList<InvestorSample> samples, int n, AnalysisSettings settings)
    {
        var stream = new RandomStream(settings.BootstrapSeed);
        var values = samples.Select(s => s.Multiples.ToArray()).ToArray();
        var means = new double[samples.Count][];
        for (var k = 0; k < means.Length; k++)
            means[k] = new double[settings.Resamples];
        var draws = new int[n];
        for (var b = 0; b < settings.Resamples; b++)
        {
            stream.NextIndices(draws, n);
            // Sums in draw order for each investor: a fixed order, so the bits never depend on anything but the seed.
            for (var k = 0; k < values.Length; k++)
            {
                var row = values[k];
                var sum = 0.0;
                foreach (var i in draws)
                    sum += row[i];
                means[k][b] = sum / n;
            }
        }

        return means;
    }

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted);
        return SortedArrayStatistics.QuantileCustom(sorted, 0.5, QuantileDefinition.R7);
    }

    private static double[] Shift(double[] values, double by) => Array.ConvertAll(values, v => v + by);
}
