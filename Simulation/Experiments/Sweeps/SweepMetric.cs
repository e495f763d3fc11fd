using System.Diagnostics.CodeAnalysis;

namespace MarketSim.Experiments.Sweeps;

/// <summary>
/// A metric a sweep records per run, by name: <c>return:&lt;investor-id&gt;</c>, <c>racetrack_return</c>,
/// <c>best_single_lab_return</c>, <c>mean_single_lab_return</c>, <c>racetrack_advantage_best</c>, <c>racetrack_log_advantage_best</c>,
/// <c>racetrack_advantage_mean</c>, <c>toll_share</c>, <c>peak_round_trip_share</c>, <c>labs_surviving</c>,
/// <c>hhi</c>, <c>peak_capex_revenue_gap</c>. Returns are final value over money put in, minus one.
/// </summary>
/// <param name="Name">The name as written in the sweep file.</param>
/// <param name="Kind">What it measures.</param>
/// <param name="InvestorId">The investor of a <c>return:</c> metric; null otherwise.</param>
public sealed record SweepMetric(string Name, SweepMetricKind Kind, string? InvestorId = null)
{
    /// <summary>The prefix of per-investor return metrics.</summary>
    public const string ReturnPrefix = "return:";

    /// <summary>The fixed metric names, in documentation order.</summary>
    public static readonly IReadOnlyList<string> FixedNames =
    [
        "racetrack_return", "best_single_lab_return", "mean_single_lab_return", "racetrack_advantage_best",
        "racetrack_advantage_mean", "racetrack_log_advantage_best", "toll_share", "peak_round_trip_share", "labs_surviving", "hhi", "peak_capex_revenue_gap",
    ];

    private static readonly SweepMetricKind[] FixedKinds =
    [
        SweepMetricKind.RacetrackReturn, SweepMetricKind.BestSingleLabReturn, SweepMetricKind.MeanSingleLabReturn,
        SweepMetricKind.RacetrackAdvantageBest, SweepMetricKind.RacetrackAdvantageMean, SweepMetricKind.RacetrackLogAdvantageBest, SweepMetricKind.TollShare,
        SweepMetricKind.PeakRoundTripShare, SweepMetricKind.LabsSurviving, SweepMetricKind.Hhi, SweepMetricKind.PeakCapexRevenueGap,
    ];

    /// <summary>The CSV column: the name in snake_case (<c>return:bet-openai</c> becomes <c>return_bet_openai</c>).</summary>
    public string Column => SweepColumns.SnakeCase(Name);

    /// <summary>True when the metric needs a racetrack investor.</summary>
    public bool NeedsRacetrack => Kind is SweepMetricKind.RacetrackReturn or SweepMetricKind.RacetrackAdvantageBest
        or SweepMetricKind.RacetrackAdvantageMean or SweepMetricKind.RacetrackLogAdvantageBest;

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

        for (var i = 0; i < FixedNames.Count; i++)
        {
            if (FixedNames[i] == name)
            {
                metric = new SweepMetric(name, FixedKinds[i]);
                return true;
            }
        }

        error = $"unknown metric '{name}'; expected return:<investor-id> or one of {string.Join(", ", FixedNames)}";
        return false;
    }
}
