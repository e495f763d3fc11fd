using MarketSim.Market;

namespace MarketSim.Experiments.Sweeps;

/// <summary>
/// Measures a run's metrics: follows the per-tick peaks while the market steps (<see cref="Observe"/>
/// is the runner's after-tick hook), then reads the final state.
/// </summary>
internal sealed class MetricProbe
{
    private readonly IReadOnlyList<SweepMetric> _metrics;

    public MetricProbe(IReadOnlyList<SweepMetric> metrics)
    {
        _metrics = metrics;
    }

    public double PeakRoundTripShare { get; private set; } = double.NegativeInfinity;

    public double PeakCapexRevenueGap { get; private set; } = double.NegativeInfinity;

    public void Observe(MarketModel market)
    {
        var totals = market.Totals;
        PeakRoundTripShare = Math.Max(PeakRoundTripShare, totals.RoundTripShare);
        PeakCapexRevenueGap = Math.Max(PeakCapexRevenueGap, totals.CapexRevenueGap);
    }

    /// <summary>Writes one value per metric, in metric order, into <paramref name="values"/>.</summary>
    public void Measure(MarketModel market, Span<double> values)
    {
        double racetrack = double.NaN, best = double.NaN, labIndex = double.NaN, sum = 0;
        var singles = 0;
        foreach (var investor in market.Investors)
        {
            var name = investor.Strategy.Name;
            if (name == "racetrack" && double.IsNaN(racetrack))
            {
                racetrack = investor.Return;
            }
            else if (name == "lab-index" && double.IsNaN(labIndex))
            {
                labIndex = investor.Return;
            }
            else if (name == "single-lab")
            {
                best = singles == 0 ? investor.Return : Math.Max(best, investor.Return);
                sum += investor.Return;
                singles++;
            }
        }

        var mean = singles > 0 ? sum / singles : double.NaN;
        for (var i = 0; i < _metrics.Count; i++)
        {
            var metric = _metrics[i];
            values[i] = metric.Kind switch
            {
                SweepMetricKind.InvestorReturn => ReturnOf(market, metric.InvestorId!),
                SweepMetricKind.RacetrackReturn => racetrack,
                SweepMetricKind.BestSingleLabReturn => best,
                SweepMetricKind.MeanSingleLabReturn => mean,
                SweepMetricKind.RacetrackAdvantageBest => racetrack - best,
                SweepMetricKind.RacetrackAdvantageMean => racetrack - mean,
                SweepMetricKind.RacetrackLogAdvantageBest => LogMultiple(racetrack) - LogMultiple(best),
                SweepMetricKind.RacetrackAdvantageVersus => racetrack - ReturnOf(market, metric.InvestorId!),
                SweepMetricKind.RacetrackLogAdvantageVersus => LogMultiple(racetrack) - LogMultiple(ReturnOf(market, metric.InvestorId!)),
                SweepMetricKind.RacetrackBeats => racetrack > ReturnOf(market, metric.InvestorId!) ? 1 : 0,
                SweepMetricKind.RacetrackAdvantageLabIndex => racetrack - labIndex,
                SweepMetricKind.RacetrackLogAdvantageLabIndex => LogMultiple(racetrack) - LogMultiple(labIndex),
                SweepMetricKind.TollShare => market.Totals.TollShare,
                SweepMetricKind.PeakRoundTripShare => PeakRoundTripShare,
                SweepMetricKind.LabsSurviving => market.Totals.LabsAlive,
                SweepMetricKind.Hhi => market.Totals.Hhi,
                SweepMetricKind.PeakCapexRevenueGap => PeakCapexRevenueGap,
                _ => throw new InvalidOperationException($"Unknown metric kind {metric.Kind}."),
            };
        }
    }

    // ln of the value multiple 1 + r; a total loss is floored at a thousandth of the capital so it stays finite.
    private static double LogMultiple(double r) => Math.Log(Math.Max(1 + r, 1e-3));

    private static double ReturnOf(MarketModel market, string id)
    {
        foreach (var investor in market.Investors)
        {
            if (investor.InvestorId == id)
                return investor.Return;
        }

        return double.NaN;
    }
}
