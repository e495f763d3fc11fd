namespace MarketSim.Experiments.Verdicts;

/// <summary>The answer of one pre-specified comparison at the replications run.</summary>
public enum VerdictKind
{
    /// <summary>The interval of the mean difference includes zero: more replications (or none) may decide it.</summary>
    Undecided,

    /// <summary>The interval of the mean difference lies above zero.</summary>
    Better,

    /// <summary>The interval of the mean difference lies below zero.</summary>
    Worse,
}
