namespace MarketSim.Experiments.Verdicts;

/// <summary>
/// Runs replications in batches and analyses after each, stopping by a <see cref="PrecisionTarget"/> (or after a
/// fixed count). Batches go by replication index, so the first k replications are those of a fixed-count run of k
/// and the final analysis equals that run's.
/// </summary>
public static class AdaptiveReplications
{
    /// <summary>
    /// Runs <paramref name="runBatch"/>(first, count) until the target says stop. With no target, one batch of
    /// <paramref name="fixedCount"/>. <paramref name="batchDone"/> sees the running total and the analysis after each batch.
    /// </summary>
    public static AdaptiveResult Run(
        int fixedCount,
        PrecisionTarget? target,
        Func<int, int, IReadOnlyList<InvestorOutcome>> runBatch,
        AnalysisSettings settings,
        Action<int, OutcomeAnalysisResult>? batchDone = null)
    {
        ArgumentNullException.ThrowIfNull(runBatch);
        ArgumentNullException.ThrowIfNull(settings);
        if (target is not null)
        {
            if (!(target.HalfWidth >= 0) || !double.IsFinite(target.HalfWidth))
                throw new ArgumentOutOfRangeException(nameof(target), target.HalfWidth, "The precision must be a finite number of at least 0.");
            ArgumentOutOfRangeException.ThrowIfLessThan(target.MaxReplications, 1);
            ArgumentOutOfRangeException.ThrowIfLessThan(target.BatchSize, 1);
        }
        else
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(fixedCount, 1);
        }

        var outcomes = new List<InvestorOutcome>();
        var done = 0;
        while (true)
        {
            var count = target is null ? fixedCount : Math.Min(target.BatchSize, target.MaxReplications - done);
            outcomes.AddRange(runBatch(done, count));
            done += count;
            var analysis = OutcomeAnalysis.Analyse(InvestorSample.From(outcomes), settings);
            batchDone?.Invoke(done, analysis);
            var reason = target is null ? StopReason.Fixed : Reason(analysis, target, done);
            if (reason is not null)
                return new AdaptiveResult(outcomes, analysis, done, reason);
        }
    }

    /// <summary>Why to stop after <paramref name="done"/> replications, or null to run another batch.</summary>
    public static string? Reason(OutcomeAnalysisResult analysis, PrecisionTarget target, int done)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(target);
        if (analysis.Pairs.Count == 0)
            return StopReason.NoComparison;
        if (analysis.Pairs.All(p => p.Verdict != VerdictKind.Undecided))
            return StopReason.Decided;
        if (analysis.Pairs.All(p => p.Verdict != VerdictKind.Undecided || p.HalfWidth <= target.HalfWidth))
            return StopReason.Precision;
        return done >= target.MaxReplications ? StopReason.MaxReplications : null;
    }
}
