using System.Globalization;

namespace MarketSim.Output;

/// <summary>
/// The findings that open a report: what the pre-specified comparisons decided and what they left undecided, at how
/// many replications. Never a maximum picked after the fact.
/// </summary>
internal static class VerdictFindings
{
    public static List<string> Describe(IReadOnlyList<VerdictRow>? rows)
    {
        if (rows is null)
            return ["No verdict: the run has no verdict.csv (written before verdicts existed); rerun it for one."];
        if (rows.Count == 0)
            return ["No verdict: the scenario has no racetrack investor, or no other investor to compare it with."];
        var findings = new List<string>();
        foreach (var investor in rows.Select(r => r.Investor).Distinct(StringComparer.Ordinal))
        {
            var mine = rows.Where(r => r.Investor == investor).ToList();
            var replications = mine.Max(r => r.Replications);
            var parts = new List<string>();
            AddPart(parts, mine, "better", "better than");
            AddPart(parts, mine, "worse", "worse than");
            AddPart(parts, mine, "undecided", "undecided against");
            var decided = mine.Count(r => r.Verdict != "undecided");
            findings.Add(string.Create(CultureInfo.InvariantCulture,
                $"Verdict at {replications} replication{(replications == 1 ? "" : "s")}: {investor} is {Join(parts)}. {decided} of {mine.Count} comparisons are decided (the 95% interval of the paired mean difference excludes zero); P(better) is the share of replications in which {investor} ends ahead."));
        }

        return findings;
    }

    private static void AddPart(List<string> parts, List<VerdictRow> rows, string verdict, string phrase)
    {
        var matching = rows.Where(r => r.Verdict == verdict).ToList();
        if (matching.Count > 0)
        {
            var names = matching.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Versus} (P(better) {ReportFindings.Percent(r.ProbabilityBetter)})"));
            parts.Add(phrase + " " + string.Join(", ", names));
        }
    }

    private static string Join(List<string> parts) =>
        parts.Count <= 1 ? string.Concat(parts) : string.Join("; ", parts.Take(parts.Count - 1)) + "; and " + parts[^1];
}
