namespace MarketSim.Output;

/// <summary>A row of the verdicts of <c>compare</c>: a <see cref="VerdictRow"/> of one scenario, with the scenario's name first.</summary>
public sealed record CompareVerdictRow
{
    /// <summary>Scenario name.</summary>
    public string Scenario { get; init; } = "";

    /// <summary>The racetrack investor.</summary>
    public string Investor { get; init; } = "";

    /// <summary>The investor it is compared with.</summary>
    public string Versus { get; init; } = "";

    /// <summary>Paired replications.</summary>
    public int Replications { get; init; }

    /// <summary>Mean over replications of the difference in final return.</summary>
    public double MeanDifference { get; init; }

    /// <summary>Lower end of the 95% paired-bootstrap interval of the mean difference.</summary>
    public double MeanDifferenceLow { get; init; }

    /// <summary>Upper end of that interval.</summary>
    public double MeanDifferenceHigh { get; init; }

    /// <summary>Median final return of the investor minus that of versus.</summary>
    public double MedianDifference { get; init; }

    /// <summary>Share of replications in which the investor ends with more value per dollar than versus.</summary>
    public double ProbabilityBetter { get; init; }

    /// <summary>Certainty-equivalent return of the investor minus that of versus.</summary>
    public double CertaintyEquivalentDifference { get; init; }

    /// <summary>better, worse or undecided.</summary>
    public string Verdict { get; init; } = "";

    /// <summary>The scenario's row of <paramref name="row"/>.</summary>
    public static CompareVerdictRow Of(string scenario, VerdictRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new CompareVerdictRow
        {
            Scenario = scenario,
            Investor = row.Investor,
            Versus = row.Versus,
            Replications = row.Replications,
            MeanDifference = row.MeanDifference,
            MeanDifferenceLow = row.MeanDifferenceLow,
            MeanDifferenceHigh = row.MeanDifferenceHigh,
            MedianDifference = row.MedianDifference,
            ProbabilityBetter = row.ProbabilityBetter,
            CertaintyEquivalentDifference = row.CertaintyEquivalentDifference,
            Verdict = row.Verdict,
        };
    }
}
