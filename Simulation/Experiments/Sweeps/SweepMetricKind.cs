namespace MarketSim.Experiments.Sweeps;

/// <summary>What a sweep metric measures (see <see cref="SweepMetric"/> for the names).</summary>
public enum SweepMetricKind
{
    /// <summary><c>return:&lt;investor-id&gt;</c>: that investor's final return.</summary>
    InvestorReturn,

    /// <summary><c>racetrack_return</c>: final return of the first racetrack investor.</summary>
    RacetrackReturn,

    /// <summary><c>hindsight_best_single_lab_return</c>: highest final return among single-lab investors, chosen after the fact.</summary>
    BestSingleLabReturn,

    /// <summary><c>mean_single_lab_return</c>: mean final return of the single-lab investors.</summary>
    MeanSingleLabReturn,

    /// <summary><c>racetrack_advantage_hindsight_best</c>: racetrack return minus the best single-lab return of the run, chosen after the fact.</summary>
    RacetrackAdvantageBest,

    /// <summary><c>racetrack_advantage_mean</c>: racetrack return minus the mean single-lab return.</summary>
    RacetrackAdvantageMean,

    /// <summary>
    /// <c>racetrack_log_advantage_hindsight_best</c>: ln(1 + racetrack return) - ln(1 + best single-lab return of the run,
    /// chosen after the fact), the log of how many times more the racetrack's value multiple is.
    /// </summary>
    RacetrackLogAdvantageBest,

    /// <summary><c>racetrack_advantage:&lt;investor-id&gt;</c>: racetrack return minus that investor's, in the same run.</summary>
    RacetrackAdvantageVersus,

    /// <summary><c>racetrack_log_advantage:&lt;investor-id&gt;</c>: ln(1 + racetrack return) - ln(1 + that investor's return).</summary>
    RacetrackLogAdvantageVersus,

    /// <summary><c>racetrack_beats:&lt;investor-id&gt;</c>: 1 when the racetrack ends with more value per dollar than that investor, else 0 (its mean is P(better)).</summary>
    RacetrackBeats,

    /// <summary><c>racetrack_advantage_lab_index</c>: racetrack return minus the first lab-index investor's.</summary>
    RacetrackAdvantageLabIndex,

    /// <summary><c>racetrack_log_advantage_lab_index</c>: ln(1 + racetrack return) - ln(1 + the first lab-index investor's return).</summary>
    RacetrackLogAdvantageLabIndex,

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
