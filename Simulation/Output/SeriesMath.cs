using MathNet.Numerics.Statistics;

namespace MarketSim.Output;

/// <summary>
/// Per-tick series from the flat rows of a run: means across replications and percentile bands.
/// Ids come back sorted ordinally so charts and findings never depend on dictionary order.
/// </summary>
internal static class SeriesMath
{
    /// <summary>
    /// Mean of <paramref name="value"/> per firm and tick across replications. With
    /// <paramref name="aliveOnly"/> a tick where the firm is dead in every replication is NaN
    /// (the line stops), and the mean is over replications where it is alive.
    /// </summary>
    public static List<FirmSeries> MeanByFirm(IReadOnlyList<FirmRow> rows, int ticks, Func<FirmRow, bool> include,
        Func<FirmRow, double> value, bool aliveOnly = false)
    {
        var sums = new Dictionary<string, (string Kind, double[] Sum, int[] Count)>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (!include(row) || row.Tick < 0 || row.Tick >= ticks)
            {
                continue;
            }

            if (!sums.TryGetValue(row.Id, out var acc))
            {
                acc = (row.Kind, new double[ticks], new int[ticks]);
                sums.Add(row.Id, acc);
            }

            if (aliveOnly && !row.Alive)
            {
                continue;
            }

            var v = value(row);
            if (double.IsFinite(v))
            {
                acc.Sum[row.Tick] += v;
                acc.Count[row.Tick]++;
            }
        }

        var result = new List<FirmSeries>(sums.Count);
        foreach (var (id, acc) in sums)
        {
            var mean = new double[ticks];
            for (var t = 0; t < ticks; t++)
            {
                mean[t] = acc.Count[t] > 0 ? acc.Sum[t] / acc.Count[t] : aliveOnly ? double.NaN : 0;
            }

            result.Add(new FirmSeries(id, acc.Kind, mean));
        }

        result.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return result;
    }

    /// <summary>Mean of a model.csv column per tick across replications (NaN where no row).</summary>
    public static double[] MeanOfModel(IReadOnlyList<ModelRow> rows, int ticks, Func<ModelRow, double> value)
    {
        var sum = new double[ticks];
        var count = new int[ticks];
        foreach (var row in rows)
        {
            if (row.Tick >= 0 && row.Tick < ticks)
            {
                sum[row.Tick] += value(row);
                count[row.Tick]++;
            }
        }

        for (var t = 0; t < ticks; t++)
        {
            sum[t] = count[t] > 0 ? sum[t] / count[t] : double.NaN;
        }

        return sum;
    }

    /// <summary>Per investor: mean, 5th and 95th percentile (R7) of value per tick across replications.</summary>
    public static List<InvestorBand> InvestorBands(IReadOnlyList<InvestorRow> rows, int ticks)
    {
        var values = new Dictionary<string, (string Strategy, List<double>[] PerTick)>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.Tick < 0 || row.Tick >= ticks)
            {
                continue;
            }

            if (!values.TryGetValue(row.Id, out var acc))
            {
                var perTick = new List<double>[ticks];
                for (var t = 0; t < ticks; t++)
                {
                    perTick[t] = [];
                }

                acc = (row.Strategy, perTick);
                values.Add(row.Id, acc);
            }

            acc.PerTick[row.Tick].Add(row.Value);
        }

        var result = new List<InvestorBand>(values.Count);
        foreach (var (id, acc) in values)
        {
            var mean = new double[ticks];
            var p5 = new double[ticks];
            var p95 = new double[ticks];
            for (var t = 0; t < ticks; t++)
            {
                // Sort first so the quantiles do not depend on the order replications were written in.
                var sample = acc.PerTick[t];
                if (sample.Count == 0)
                {
                    mean[t] = p5[t] = p95[t] = double.NaN;
                    continue;
                }

                sample.Sort();
                mean[t] = Mean(sample);
                p5[t] = Statistics.QuantileCustom(sample, 0.05, QuantileDefinition.R7);
                p95[t] = Statistics.QuantileCustom(sample, 0.95, QuantileDefinition.R7);
            }

            result.Add(new InvestorBand(id, acc.Strategy, mean, p5, p95));
        }

        result.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return result;
    }

    public static double[] Cumulative(double[] values)
    {
        var result = new double[values.Length];
        var total = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            total += double.IsFinite(values[i]) ? values[i] : 0;
            result[i] = total;
        }

        return result;
    }

    public static double[] Scale(double[] values, double factor)
    {
        var result = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            result[i] = values[i] * factor;
        }

        return result;
    }

    /// <summary>Index of the last finite value, or -1.</summary>
    public static int LastFinite(double[] values)
    {
        for (var i = values.Length - 1; i >= 0; i--)
        {
            if (double.IsFinite(values[i]))
            {
                return i;
            }
        }

        return -1;
    }

    public static double Max(double[] values)
    {
        var max = double.NegativeInfinity;
        foreach (var v in values)
        {
            if (double.IsFinite(v) && v > max)
            {
                max = v;
            }
        }

        return max;
    }

    public static double Min(double[] values)
    {
        var min = double.PositiveInfinity;
        foreach (var v in values)
        {
            if (double.IsFinite(v) && v < min)
            {
                min = v;
            }
        }

        return min;
    }

    private static double Mean(List<double> sample)
    {
        var sum = 0.0;
        foreach (var v in sample)
        {
            sum += v;
        }

        return sum / sample.Count;
    }
}
