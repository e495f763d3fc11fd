using System.Globalization;
using MarketSim.Market.Parameters;
using MarketSim.Scenarios;
using MarketSim.Scenarios.Observations;

namespace MarketSim.Experiments.Backtests;

/// <summary>
/// Holds a scenario's simulated distribution against observed points: which observations are scored, the
/// months to simulate, the percentiles, the scores and the naive benchmark (docs/calibration.md).
/// </summary>
public static class BacktestRunner
{
    /// <summary>Simulates and scores.</summary>
    /// <exception cref="InputException">No observation can be scored in the simulated months.</exception>
    public static BacktestResult Run(ScenarioParameters scenario, ObservationSet set, BacktestOptions options,
        Action? replicationDone, CancellationToken cancel) =>
        Run(ReplicationScenarios.Fixed(scenario), set, options, replicationDone, cancel);

    /// <summary>Simulates and scores, each replication with its own draw of the uncertain parameters (docs/model.md 3.3.17).</summary>
    /// <exception cref="InputException">No observation can be scored in the simulated months.</exception>
    public static BacktestResult Run(ReplicationScenarios scenarios, ObservationSet set, BacktestOptions options,
        Action? replicationDone, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        var scenario = scenarios.Run;
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(options);
        var binding = ObservationBinding.Bind(set, scenario);
        var window = Window(binding, scenario, options);
        if (window.Scored.Count == 0)
        {
            throw new InputException(new InputError(set.File, null, null,
                $"no observation can be scored: none is dated from {Text(window.From)}{(options.Until is { } u ? " to " + Text(u) : string.Empty)} "
                + $"with its whole period inside the scenario's {scenario.Ticks.ToString(CultureInfo.InvariantCulture)} months from {scenario.StartMonth} "
                + $"({binding.Targets.Count.ToString(CultureInfo.InvariantCulture)} observations of firms the scenario has)"));
        }

        var runs = TrajectorySimulator.Run(scenarios, window.Ticks, options.Replications, options.Parallel, replicationDone, cancel);
        return Score(binding, window, runs);
    }

    /// <summary>Scores given trajectories (hand-made in tests).</summary>
    public static BacktestResult Score(ObservationBinding binding, BacktestWindow window, IReadOnlyList<Trajectory> runs)
    {
        ArgumentNullException.ThrowIfNull(binding);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(runs);
        var rows = new List<BacktestRow>();
        var bySeries = new SortedDictionary<string, List<BacktestRow>>(StringComparer.Ordinal);
        var noValue = 0;
        foreach (var target in window.Scored)
        {
            var sims = Simulated(target, runs);
            if (sims.Count == 0)
            {
                noValue++;
                continue;
            }

            var series = target.Series;
            var p5 = BacktestScoring.Quantile(sims, 0.05);
            var p50 = BacktestScoring.Quantile(sims, 0.50);
            var p95 = BacktestScoring.Quantile(sims, 0.95);
            var observed = target.Observation.Value;
            var y = series.Positive(observed);
            var trend = Trend(binding, window.From, target);
            double? naive = trend is null ? null : series.FromPositive(trend.At(target.Time));
            var inside = BacktestScoring.Respects(FigureBound.Point, p5, p95, observed);
            var (low, high) = BacktestScoring.PredictiveBand(sims.Select(v => BacktestScoring.Log(series.Positive(v))).ToList(), BacktestScoring.ObservationSigma(target));
            var logObserved = BacktestScoring.Log(y);
            var row = new BacktestRow(series.Name, target.FirmColumn, target.Observation.PeriodStart, target.Observation.PeriodEnd, observed,
                p5, p50, p95, inside,
                BacktestScoring.IntervalScore(series.Positive(p5), series.Positive(p95), y),
                BacktestScoring.Log(series.Positive(p50)) - BacktestScoring.Log(y),
                naive,
                naive is { } n ? BacktestScoring.Log(series.Positive(n)) - BacktestScoring.Log(y) : null,
                target.Bound,
                BacktestScoring.Respects(target.Bound, p5, p95, observed),
                series.FromPositive(Math.Exp(low)),
                series.FromPositive(Math.Exp(high)),
                logObserved >= low && logObserved <= high);
            rows.Add(row);
            if (!bySeries.TryGetValue(series.Name, out var list))
                bySeries[series.Name] = list = [];
            list.Add(row);
        }

        var scores = bySeries.Select(e => Summarise(e.Key, e.Value)).ToList();
        // Coverage is a point forecast's measure; a bound the band keeps is no hit and one it breaks no 20x miss
        // of its width, so where figures of both kinds are scored each kind is summarised on its own as well.
        var points = rows.Where(r => r.Bound == FigureBound.Point).ToList();
        if (points.Count > 0 && points.Count < rows.Count)
        {
            scores.Add(Summarise("all points", points));
            scores.Add(Summarise("all bounds", rows.Where(r => r.Bound != FigureBound.Point).ToList()));
        }

        scores.Add(Summarise("all", rows));

        var skipped = new List<string>();
        void Skip(int count, string why)
        {
            if (count > 0)
                skipped.Add(count.ToString(CultureInfo.InvariantCulture) + " " + why);
        }

        Skip(binding.UnmeasuredSeries.Values.Sum(), "observations of series the model does not measure ("
            + string.Join("; ", binding.UnmeasuredSeries.Select(e => $"{e.Key}: {e.Value.ToString(CultureInfo.InvariantCulture)}, nearest known series {Nearest(e.Key)}")) + ")");
        Skip(binding.MissingFirm, "observations of firms the scenario lacks" + (binding.MissingFirms.Count > 0 ? $" ({string.Join(", ", binding.MissingFirms)})" : string.Empty));
        Skip(binding.WrongKind, "observations whose firm is not the kind of firm the series measures (e.g. capex of a lab)");
        Skip(window.Before, $"observations dated before {Text(window.From)} (the calibration window: they fit the naive trend)");
        Skip(window.After, "observations dated after --until");
        Skip(window.Outside, "observations whose period is not wholly inside the simulated months");
        Skip(noValue, "observations the model gives no value for (e.g. a growth rate from a zero)");
        return new BacktestResult(rows, scores, Fans(binding, window, runs), window.Ticks, skipped);
    }

    // The registered series closest in spelling, so a typo in an observation file shows in the not-scored lines.
    private static string Nearest(string series) =>
        SeriesKinds.Names.OrderBy(name => EditDistance.Levenshtein(series, name)).ThenBy(name => name, StringComparer.Ordinal).First();

    /// <summary>Which bound observations are scored, which only shown, and the months to simulate.</summary>
    public static BacktestWindow Window(ObservationBinding binding, ScenarioParameters scenario, BacktestOptions options)
    {
        ArgumentNullException.ThrowIfNull(binding);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        var from = options.From ?? binding.Start;
        var scored = new List<BacktestTarget>();
        int before = 0, after = 0, outside = 0, ticks = 1;
        foreach (var target in binding.Targets)
        {
            var date = target.Observation.Date;
            if (options.Until is { } until && date > until)
            {
                after++;
                continue;
            }

            var simulated = target.Simulated(scenario.Ticks);
            if (simulated)
                ticks = Math.Max(ticks, target.Series.Window(target.First, target.Last).Last + 1);
            if (date < from)
                before++;
            else if (!simulated)
                outside++;
            else
                scored.Add(target);
        }

        return new BacktestWindow(from, options.Until, scored, ticks, before, after, outside);
    }

    private static List<double> Simulated(BacktestTarget target, IReadOnlyList<Trajectory> runs)
    {
        var sims = new List<double>(runs.Count);
        foreach (var run in runs)
        {
            var value = target.Measure(run);
            if (double.IsFinite(value))
                sims.Add(value);
        }

        return sims;
    }

    /// <summary>The naive trend of a target's series and firm: observations of both dated before <paramref name="from"/>.</summary>
    private static NaiveTrend? Trend(ObservationBinding binding, DateOnly from, BacktestTarget target)
    {
        var points = binding.Targets
            .Where(t => t.Observation.Series == target.Observation.Series && t.Observation.Firm == target.Observation.Firm && t.Observation.Date < from)
            .Select(t => (t.Time, t.Series.Positive(t.Observation.Value)))
            .ToArray();
        return BacktestScoring.FitTrend(points);
    }

    private static ScoreRow Summarise(string name, List<BacktestRow> rows)
    {
        var naive = rows.Where(r => r.NaiveLogError is not null).Select(r => Math.Abs(r.NaiveLogError!.Value)).ToArray();
        var bounds = rows.Select(r => r.Bound).Distinct().ToList();
        return new ScoreRow(name, rows.Count,
            rows.Count == 0 ? double.NaN : rows.Count(r => r.Inside) / (double)rows.Count,
            rows.Count == 0 ? double.NaN : rows.Average(r => r.IntervalScore),
            BacktestScoring.Quantile(rows.Select(r => Math.Abs(r.LogError)).ToArray(), 0.5),
            naive.Length == 0 ? null : BacktestScoring.Quantile(naive, 0.5),
            bounds.Count == 1 ? BacktestScoring.BoundName(bounds[0]) : "mixed",
            rows.Count == 0 ? double.NaN : rows.Count(r => r.Respected) / (double)rows.Count,
            rows.Count == 0 ? double.NaN : rows.Count(r => r.InsidePredictive) / (double)rows.Count);
    }

    private static List<FanData> Fans(ObservationBinding binding, BacktestWindow window, IReadOnlyList<Trajectory> runs)
    {
        var scored = window.Scored.ToHashSet();
        var groups = binding.Targets
            .Where(t => window.Until is not { } until || t.Observation.Date <= until)
            .GroupBy(t => (t.Series.Name, t.FirmColumn))
            .OrderBy(g => g.Key.Name, StringComparer.Ordinal).ThenBy(g => g.Key.FirmColumn, StringComparer.Ordinal);
        var fans = new List<FanData>();
        foreach (var group in groups)
        {
            var targets = group.ToList();
            var latest = targets.MaxBy(t => t.Observation.PeriodEnd)!;
            var length = latest.Last - latest.First;
            var series = latest.Series;
            var months = new List<DateOnly>();
            var p5 = new List<double>();
            var p50 = new List<double>();
            var p95 = new List<double>();
            for (var t = 0; t < window.Ticks; t++)
            {
                var (first, last) = series.Window(t - length, t);
                if (first < 0 || last >= window.Ticks)
                    continue;
                var virtualTarget = latest with { First = t - length, Last = t };
                var sims = Simulated(virtualTarget, runs);
                if (sims.Count == 0)
                    continue;
                months.Add(binding.Start.AddMonths(t + 1).AddDays(-1));
                p5.Add(BacktestScoring.Quantile(sims, 0.05));
                p50.Add(BacktestScoring.Quantile(sims, 0.50));
                p95.Add(BacktestScoring.Quantile(sims, 0.95));
            }

            if (months.Count == 0)
                continue;
            var points = targets.Select(t => new FanPoint(t.Observation.PeriodEnd, t.Observation.Value, t.Observation.Low, t.Observation.High, scored.Contains(t))).ToList();
            var trend = BacktestScoring.FitTrend(targets.Where(t => t.Observation.Date < window.From)
                .Select(t => (t.Time, series.Positive(t.Observation.Value))).ToArray());
            var naiveMonths = new List<DateOnly>();
            var naive = new List<double>();
            if (trend is not null)
            {
                var firstDate = targets.Min(t => t.Observation.PeriodEnd);
                var lastDate = months[^1];
                for (var d = new DateOnly(firstDate.Year, firstDate.Month, 1).AddMonths(1).AddDays(-1); d <= lastDate; d = new DateOnly(d.Year, d.Month, 1).AddMonths(2).AddDays(-1))
                {
                    naiveMonths.Add(d);
                    naive.Add(series.FromPositive(trend.At((d.DayNumber - binding.Start.DayNumber + 1) / (365.25 / 12))));
                }
            }

            fans.Add(new FanData(series.Name, group.Key.FirmColumn, latest.Observation.Unit, months, p5, p50, p95, points, naive, naiveMonths, window.From));
        }

        return fans;
    }

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
