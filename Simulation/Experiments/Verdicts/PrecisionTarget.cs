namespace MarketSim.Experiments.Verdicts;

/// <summary>
/// Replications until the answer is clear: batches of <paramref name="BatchSize"/> until every verdict is decided
/// or its interval's half-width is at most <paramref name="HalfWidth"/>, and at most <paramref name="MaxReplications"/>.
/// </summary>
/// <param name="HalfWidth">X: the half-width (in final return, a fraction) at which an undecided comparison counts as settled.</param>
/// <param name="MaxReplications">N: never more replications than this.</param>
/// <param name="BatchSize">Replications per batch; fixed, so where a run stops never depends on the thread count.</param>
public sealed record PrecisionTarget(double HalfWidth, int MaxReplications = PrecisionTarget.DefaultMaxReplications, int BatchSize = PrecisionTarget.DefaultBatchSize)
{
    /// <summary>N when not given.</summary>
    public const int DefaultMaxReplications = 2_000;

    /// <summary>
    /// 20 replications a batch: enough for a first interval worth reading, and small against the 2,000 default cap.
    /// </summary>
    public const int DefaultBatchSize = 20;
}
