using System.Globalization;
using MarketSim.Market.Parameters;
using MarketSim.Scenarios.Observations;

namespace MarketSim.Experiments.Backtests;

/// <summary>
/// An observation set bound to a scenario: every observation whose firm the scenario has (after the company
/// map), with the ticks of its period (tick 0 = the scenario's <c>start_month</c>), and counts of the rest.
/// </summary>
public sealed class ObservationBinding
{
    private ObservationBinding(DateOnly start, IReadOnlyList<BacktestTarget> targets, int missingFirm, int wrongKind,
        IReadOnlyList<string> missingFirms, IReadOnlyDictionary<string, int> unmeasuredSeries)
    {
        UnmeasuredSeries = unmeasuredSeries;
        Start = start;
        Targets = targets;
        MissingFirm = missingFirm;
        WrongKind = wrongKind;
        MissingFirms = missingFirms;
    }

    /// <summary>First day of the start month.</summary>
    public DateOnly Start { get; }

    /// <summary>Observations of firms the scenario has, in file order.</summary>
    public IReadOnlyList<BacktestTarget> Targets { get; }

    /// <summary>Observations skipped because the scenario lacks their firm.</summary>
    public int MissingFirm { get; }

    /// <summary>Observations skipped because their firm is not the kind the series measures (e.g. Meta's capex: Meta is a lab).</summary>
    public int WrongKind { get; }

    /// <summary>The firms the scenario lacks, ordered.</summary>
    public IReadOnlyList<string> MissingFirms { get; }

    /// <summary>Observations of series the model does not measure, by series (<see cref="ObservationSet.UnmeasuredSeries"/>).</summary>
    public IReadOnlyDictionary<string, int> UnmeasuredSeries { get; }

    /// <summary>Binds <paramref name="set"/> to <paramref name="scenario"/>.</summary>
    public static ObservationBinding Bind(ObservationSet set, ScenarioParameters scenario)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(scenario);
        var start = DateOnly.ParseExact(scenario.StartMonth + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var kinds = new Dictionary<string, SeriesScope>(StringComparer.Ordinal);
        foreach (var lab in scenario.Labs)
            kinds[lab.Id] = SeriesScope.Lab;
        foreach (var cloud in scenario.Clouds)
            kinds[cloud.Id] = SeriesScope.Cloud;
        foreach (var vendor in scenario.Vendors)
            kinds[vendor.Id] = SeriesScope.Vendor;
        var targets = new List<BacktestTarget>();
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        int missingFirm = 0, wrongKind = 0;
        foreach (var o in set.Observations)
        {
            var series = SeriesKinds.Find(o.Series)!;
            string? firm = null;
            if (series.Scope != SeriesScope.Market)
            {
                firm = set.Companies.FirmOf(o.Firm);
                if (!kinds.TryGetValue(firm, out var kind))
                {
                    missingFirm++;
                    missing.Add(o.Firm);
                    continue;
                }

                // A listed company's series measures the cloud or vendor that stands for it.
                if (series.Scope == SeriesScope.Listed ? kind == SeriesScope.Lab : kind != series.Scope)
                {
                    wrongKind++;
                    continue;
                }
            }

            var time = (o.PeriodEnd.DayNumber - start.DayNumber + 1) / (365.25 / 12);
            targets.Add(new BacktestTarget(o, series, firm, ObservationLoader.TickOf(o.PeriodStart, start),
                ObservationLoader.TickOf(o.PeriodEnd, start), time, set.Shares.Of(o.Series, o.Firm))
            {
                Bound = series.BoundIn(scenario),
            });
        }

        return new ObservationBinding(start, targets, missingFirm, wrongKind, [.. missing], set.UnmeasuredSeries);
    }
}
