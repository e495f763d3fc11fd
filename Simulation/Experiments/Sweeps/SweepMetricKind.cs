namespace MarketSim.Experiments.Sweeps;

/// <summary>What a sweep metric measures (see <see cref="SweepMetric"/> for the names).</summary>
public enum SweepMetricKind
{
    /// <summary><c>return:&lt;investor-id&gt;</c>: that investor's final return.</summary>
    InvestorReturn,

    /// <summary><c>racetrack_return</c>: final return of the first racetrack investor.</summary>
    RacetrackReturn,

    /// <summary><c>best_single_lab_return</c>: highest final return among single-lab investors.</summary>
    BestSingleLabReturn,

    /// <summary><c>mean_single_lab_return</c>: mean final return of the single-lab investors.</summary>
    MeanSingleLabReturn,

    /// <summary><c>racetrack_advantage_best</c>: racetrack return minus the best single-lab return.</summary>
    RacetrackAdvantageBest,

    /// <summary><c>racetrack_advantage_mean</c>: racetrack return minus the mean single-lab return.</summary>
    RacetrackAdvantageMean,

    /// <summary>
    /// <c>racetrack_log_advantage_best</c>: ln(1 + racetrack return) - ln(1 + best single-lab return), the log
    /// of how many times more the racetrack's value multiple is; well behaved where returns are heavy-tailed.
    /// </summary>
    RacetrackLogAdvantageBest,

    /// <summary><c>toll_share</c>: share of end-customer spend reaching clouds, final tick.</summary>
    TollShare,

    /// <summary><c>peak_round_trip_share</c>: highest round-trip share of firm revenue over the run.</summary>
    PeakRoundTripShare,

    /// <summary><c>labs_surviving</c>: labs alive at the end.</summary>
    LabsSurviving,

    /// <summary><c>hhi</c>: Herfindahl-Hirschman index of lab demand shares, final tick.</summary>
    Hhi,

    /// <summary><c>peak_capex_revenue_gap</c>: largest monthly AI capex minus end-customer spend, USD billion.</summary>
    PeakCapexRevenueGap,
}
