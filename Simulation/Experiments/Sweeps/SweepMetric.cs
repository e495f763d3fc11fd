using System.Diagnostics.CodeAnalysis;

namespace MarketSim.Experiments.Sweeps;

/// <summary>
/// A metric a sweep records per run, by name: <c>return:&lt;investor-id&gt;</c>; the paired comparisons
/// <c>racetrack_advantage:&lt;investor-id&gt;</c>, <c>racetrack_log_advantage:&lt;investor-id&gt;</c>,
/// <c>racetrack_beats:&lt;investor-id&gt;</c>, <c>racetrack_advantage_lab_index</c>, <c>racetrack_log_advantage_lab_index</c>;
/// <c>racetrack_return</c>, <c>mean_single_lab_return</c>, <c>racetrack_advantage_mean</c>; the after-the-fact
/// <c>hindsight_best_single_lab_return</c>, <c>racetrack_advantage_hindsight_best</c>,
/// <c>racetrack_log_advantage_hindsight_best</c> (the best single lab of each run, a bet nobody could have placed
/// beforehand); and <c>toll_share</c>, <c>peak_round_trip_share</c>, <c>labs_surviving</c>, <c>hhi</c>,
/// <c>peak_capex_revenue_gap</c>. Returns are final value over money put in, minus one.
/// </summary>
/// <param name="Name">The name as written in the sweep file.</param>
/// <param name="Kind">What it measures.</param>
/// <param name="InvestorId">The investor of a <c>return:</c> metric; null otherwise.</param>
public sealed record SweepMetric(string Name, SweepMetricKind Kind, string? InvestorId = null)
{
    /// <summary>The prefix of per-investor return metrics.</summary>
    public const string ReturnPrefix = "return:";

    /// <summary>Prefixes of the paired comparisons of the racetrack with a named investor, in the same run (the same world).</summary>
    public const string AdvantagePrefix = "racetrack_advantage:", LogAdvantagePrefix = "racetrack_log_advantage:", BeatsPrefix = "racetrack_beats:";

    // Names before the after-the-fact metrics said so; a sweep file that uses one is told the new name.
    private static readonly (string Old, string New)[] Renamed =
    [
        ("best_single_lab_return", "hindsight_best_single_lab_return"),
        ("racetrack_advantage_best", "racetrack_advantage_hindsight_best"),
        ("racetrack_log_advantage_best", "racetrack_log_advantage_hindsight_best"),
    ];

    /// <summary>The fixed metric names, in documentation order.</summary>
    public static readonly IReadOnlyList<string> FixedNames =
    [
        "racetrack_return", "racetrack_advantage_lab_index", "racetrack_log_advantage_lab_index", "mean_single_lab_return",
        "racetrack_advantage_mean", "hindsight_best_single_lab_return", "racetrack_advantage_hindsight_best", "racetrack_log_advantage_hindsight_best",
        "toll_share", "peak_round_trip_share", "labs_surviving", "hhi", "peak_capex_revenue_gap",
    ];

    private static readonly SweepMetricKind[] FixedKinds =
    [
        SweepMetricKind.RacetrackReturn, SweepMetricKind.RacetrackAdvantageLabIndex, SweepMetricKind.RacetrackLogAdvantageLabIndex,
        SweepMetricKind.MeanSingleLabReturn, SweepMetricKind.RacetrackAdvantageMean, SweepMetricKind.BestSingleLabReturn,
        SweepMetricKind.RacetrackAdvantageBest, SweepMetricKind.RacetrackLogAdvantageBest, SweepMetricKind.TollShare,
        SweepMetricKind.PeakRoundTripShare, SweepMetricKind.LabsSurviving, SweepMetricKind.Hhi, SweepMetricKind.PeakCapexRevenueGap,
    ];

    /// <summary>The CSV column: the name in snake_case (<c>return:bet-openai</c> becomes <c>return_bet_openai</c>).</summary>
    public string Column => SweepColumns.SnakeCase(Name);

    /// <summary>True when the metric needs a racetrack investor.</summary>
    public bool NeedsRacetrack => Kind is SweepMetricKind.RacetrackReturn or SweepMetricKind.RacetrackAdvantageBest
        or SweepMetricKind.RacetrackAdvantageMean or SweepMetricKind.RacetrackLogAdvantageBest or SweepMetricKind.RacetrackAdvantageVersus
        or SweepMetricKind.RacetrackLogAdvantageVersus or SweepMetricKind.RacetrackBeats or SweepMetricKind.RacetrackAdvantageLabIndex
        or SweepMetricKind.RacetrackLogAdvantageLabIndex;

    /// <summary>True when the metric needs a lab-index investor.</summary>
    public bool NeedsLabIndex => Kind is SweepMetricKind.RacetrackAdvantageLabIndex or SweepMetricKind.RacetrackLogAdvantageLabIndex;

    /// <summary>True for the metrics that compare with the best single lab of each run, chosen after the fact.</summary>
    public bool IsHindsight => Kind is SweepMetricKind.BestSingleLabReturn or SweepMetricKind.RacetrackAdvantageBest or SweepMetricKind.RacetrackLogAdvantageBest;

    /// <summary>True when the metric needs at least one single-lab investor.</summary>
    public bool NeedsSingleLab => Kind is SweepMetricKind.BestSingleLabReturn or SweepMetricKind.MeanSingleLabReturn
        or SweepMetricKind.RacetrackAdvantageBest or SweepMetricKind.RacetrackAdvantageMean or SweepMetricKind.RacetrackLogAdvantageBest;

    /// <summary>Parses a metric name; false (with a message listing the names) when unknown.</summary>
    public static bool TryParse(string name, [NotNullWhen(true)] out SweepMetric? metric, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(name);
        metric = null;
        error = null;
        if (name.StartsWith(ReturnPrefix, StringComparison.Ordinal))
        {
            var id = name[ReturnPrefix.Length..];
            if (id.Length == 0)
            {
                error = "return: needs an investor id, as in return:bet-openai";
                return false;
            }

            metric = new SweepMetric(name, SweepMetricKind.InvestorReturn, id);
            return true;
        }

        foreach (var (prefix, kind) in new[]
        {
            (AdvantagePrefix, SweepMetricKind.RacetrackAdvantageVersus), (LogAdvantagePrefix, SweepMetricKind.RacetrackLogAdvantageVersus),
            (BeatsPrefix, SweepMetricKind.RacetrackBeats),
        })
        {
            if (!name.StartsWith(prefix, StringComparison.Ordinal))
                continue;
            var versus = name[prefix.Length..];
            if (versus.Length == 0)
            {
                error = $"{prefix} needs an investor id, as in {prefix}bet-openai";
                return false;
            }

            metric = new SweepMetric(name, kind, versus);
            return true;
        }

        foreach (var (old, renamed) in Renamed)
        {
            if (name == old)
            {
                error = $"'{old}' is now '{renamed}': it compares with the best single lab of each run, chosen after the fact (a bet nobody could have placed); "
                    + $"for a pre-specified comparison use {AdvantagePrefix}<investor-id> or racetrack_advantage_lab_index";
                return false;
            }
        }

        for (var i = 0; i < FixedNames.Count; i++)
        {
            if (FixedNames[i] == name)
            {
                metric = new SweepMetric(name, FixedKinds[i]);
                return true;
            }
        }

        error = $"unknown metric '{name}'; expected return:<investor-id>, {AdvantagePrefix}<investor-id>, {LogAdvantagePrefix}<investor-id>, {BeatsPrefix}<investor-id> or one of {string.Join(", ", FixedNames)}";
        return false;
    }
}
