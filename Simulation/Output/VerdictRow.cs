namespace MarketSim.Output;

/// <summary>
/// One row of verdict.csv: a racetrack investor against another investor, paired by replication. Differences are
/// in final return as fractions (investor minus versus); <see cref="Verdict"/> is better, worse or undecided.
/// </summary>
public sealed record VerdictRow
{
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

    /// <summary>better or worse when the interval excludes zero, otherwise undecided.</summary>
    public string Verdict { get; init; } = "";
}
