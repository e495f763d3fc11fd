namespace MarketSim.Experiments.Verdicts;

/// <summary>Why a run stopped adding replications (manifest.json's <c>stopped_because</c>).</summary>
public static class StopReason
{
    /// <summary>A fixed count was asked for (no --precision).</summary>
    public const string Fixed = "fixed-count";

    /// <summary>Every verdict was decided.</summary>
    public const string Decided = "every-verdict-decided";

    /// <summary>Every verdict was decided or its interval's half-width reached the precision asked for.</summary>
    public const string Precision = "precision-reached";

    /// <summary>The cap on replications was reached first.</summary>
    public const string MaxReplications = "max-replications";

    /// <summary>There is nothing to decide: no racetrack investor, or no other investor to compare it with.</summary>
    public const string NoComparison = "no-comparison";
}
