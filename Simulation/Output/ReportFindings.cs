using System.Globalization;

namespace MarketSim.Output;

/// <summary>Key findings of a run as plain sentences, computed from its data (means across replications).</summary>
internal static class ReportFindings
{
    public static List<string> Compute(RunData run, IReadOnlyList<SummaryRow>? summary)
    {
        var findings = VerdictFindings.Describe(run.Verdicts);
        if (UncertainCount(run) is > 0 and var uncertain)
        {
            findings.Add(Invariant($"Each replication drew its own value of {uncertain} parameter{(uncertain == 1 ? "" : "s")} from the scenario's uncertainty section (parameters.csv), so these spreads and verdicts hold parameter uncertainty as well as the model's randomness."));
        }

        if (summary is { Count: > 0 })
        {
            AddStrategyFindings(findings, summary);
        }
        else
        {
            findings.Add("No investor results: the run has no summary.csv.");
        }

        var ticks = run.TickCount;
        if (ticks == 0)
        {
            return findings;
        }

        var last = ticks - 1;
        var endMonth = ChartStyle.MonthText(run.Manifest.MonthOf(last));
        var toll = SeriesMath.MeanOfModel(run.Model, ticks, r => r.TollShare);
        if (double.IsFinite(toll[last]))
        {
            findings.Add(Invariant($"At the end ({endMonth}) {Percent(toll[last])} of what end customers paid reached the clouds as revenue that month (toll share, traced by the ledger), against {Percent(toll[0])} at the start."));
        }

        AddRoundTrip(findings, run, ticks);
        AddLabLeader(findings, run, ticks, endMonth);
        AddCapexGap(findings, run, ticks);
        return findings;
    }

    private static void AddStrategyFindings(List<string> findings, IReadOnlyList<SummaryRow> summary)
    {
        // No "highest mean" headline: the mean of a lottery-like bet is carried by a few replications, and the best
        // bet after the fact is one nobody could have placed. The verdicts lead; risk follows.
        var ordered = summary.OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        var safest = ordered.OrderBy(s => s.ProbLoss).ThenBy(s => Math.Abs(s.MaxDrawdown)).First();
        findings.Add(Invariant($"Lowest risk: {Label(safest)}, with a {Percent(safest.ProbLoss)} probability of loss and a maximum drawdown of {Percent(Math.Abs(safest.MaxDrawdown))}."));
        var shallowest = ordered.OrderBy(s => Math.Abs(s.MaxDrawdown)).First();
        if (!ReferenceEquals(shallowest, safest))
        {
            findings.Add(Invariant($"Smallest maximum drawdown: {Label(shallowest)} ({Percent(Math.Abs(shallowest.MaxDrawdown))})."));
        }
    }

    private static void AddRoundTrip(List<string> findings, RunData run, int ticks)
    {
        var firms = SeriesMath.MeanByFirm(run.Firms, ticks, _ => true, r => r.RoundTripShare, aliveOnly: true);
        (string Id, double Share, int Tick)? peak = null;
        foreach (var firm in firms)
        {
            for (var t = 0; t < ticks; t++)
            {
                var v = firm.Values[t];
                if (double.IsFinite(v) && (peak is null || v > peak.Value.Share))
                {
                    peak = (firm.Id, v, t);
                }
            }
        }

        if (peak is { Share: > 0 } p)
        {
            findings.Add(Invariant($"Peak round-trip share: in {ChartStyle.MonthText(run.Manifest.MonthOf(p.Tick))}, {Percent(p.Share)} of {p.Id}'s revenue was its own (or its allies') investment coming back."));
        }
        else
        {
            findings.Add("No firm's revenue was its own investment coming back (round-trip share zero throughout).");
        }
    }

    private static void AddLabLeader(List<string> findings, RunData run, int ticks, string endMonth)
    {
        var labs = SeriesMath.MeanByFirm(run.Firms, ticks, r => string.Equals(r.Kind, "lab", StringComparison.OrdinalIgnoreCase), r => r.MarketShare);
        if (labs.Count == 0)
        {
            return;
        }

        var last = ticks - 1;
        var leader = labs.OrderByDescending(l => l.Values[last]).ThenBy(l => l.Id, StringComparer.Ordinal).First();
        var startLeader = labs.OrderByDescending(l => l.Values[0]).ThenBy(l => l.Id, StringComparer.Ordinal).First();
        var alive = SeriesMath.MeanOfModel(run.Model, ticks, r => r.LabsAlive)[last];
        var change = ReferenceEquals(leader, startLeader) ? "as it did at the start" : $"taking the lead from {startLeader.Id}";
        var aliveText = !double.IsFinite(alive) ? ""
            : alive == Math.Round(alive) ? Invariant($"; {alive:0} of {labs.Count} labs were still alive")
            : Invariant($"; on average {alive:0.#} of {labs.Count} labs were still alive");
        findings.Add(Invariant($"{leader.Id} led the lab market in {endMonth} with {Percent(leader.Values[last])} share, {change}{aliveText}."));
    }

    private static void AddCapexGap(List<string> findings, RunData run, int ticks)
    {
        var capex = SeriesMath.MeanOfModel(run.Model, ticks, r => r.AiCapex);
        var revenue = SeriesMath.MeanOfModel(run.Model, ticks, r => r.CustomerSpend);
        var months = 0;
        var widest = 0.0;
        var widestTick = -1;
        for (var t = 0; t < ticks; t++)
        {
            var gap = capex[t] - revenue[t];
            if (gap > 0)
            {
                months++;
                if (gap > widest)
                {
                    widest = gap;
                    widestTick = t;
                }
            }
        }

        findings.Add(months == 0
            ? "AI capex never exceeded end-customer revenue."
            : Invariant($"AI capex exceeded end-customer revenue in {months} of {ticks} months; the widest gap was {widest:0.##} USD bn in {ChartStyle.MonthText(run.Manifest.MonthOf(widestTick))}."));
    }

    internal static string Label(SummaryRow row) => RunCharts.InvestorLabel(row.Id, row.Strategy);

    internal static string Percent(double fraction) => (fraction * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    internal static string SignedPercent(double fraction) =>
        (fraction * 100).ToString("+0.0;−0.0;0.0", CultureInfo.InvariantCulture) + "%";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    // The number of parameters the run drew per replication (docs/model.md 3.3.17), read from what it wrote (parameters.csv).
    private static int UncertainCount(RunData run)
    {
        var path = System.IO.Path.Combine(run.Directory, RunData.ParametersFile);
        return File.Exists(path) ? CsvTable.Read<ParameterDrawRow>(path).Select(r => r.Path).Distinct(StringComparer.Ordinal).Count() : 0;
    }
}
