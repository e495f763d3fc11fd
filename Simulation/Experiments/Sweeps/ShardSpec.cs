using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace MarketSim.Experiments.Sweeps;

/// <summary>
/// One slice of a sweep: shard <see cref="Index"/> of <see cref="Count"/> runs the runs whose id
/// modulo <see cref="Count"/> equals <see cref="Index"/> (0-based), so every shard gets a similar mix of
/// design points and replications.
/// </summary>
/// <param name="Index">0-based shard number.</param>
/// <param name="Count">Number of shards.</param>
public sealed record ShardSpec(int Index, int Count)
{
    /// <summary>The folder of this shard's results under the sweep's output folder.</summary>
    public string FolderName => string.Create(CultureInfo.InvariantCulture, $"shard-{Index}-of-{Count}");

    /// <summary>Whether run <paramref name="runId"/> belongs to this shard.</summary>
    public bool Owns(long runId) => runId % Count == Index;

    /// <summary>Runs of a sweep of <paramref name="runCount"/> runs that fall to this shard.</summary>
    public long RunsOf(long runCount) => runCount > Index ? ((runCount - 1 - Index) / Count) + 1 : 0;

    /// <summary>Parses <c>i/n</c> with 0 &lt;= i &lt; n.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out ShardSpec? shard, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        shard = null;
        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(parts[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            error = $"--shard '{text}' is not i/n, as in 0/4 (shards are numbered from 0)";
            return false;
        }

        return Create(index, count, $"--shard {text}", out shard, out error);
    }

    /// <summary>
    /// The shard named by the environment when no <c>--shard</c> is given: <c>SLURM_ARRAY_TASK_ID</c> with
    /// <c>SLURM_ARRAY_TASK_COUNT</c> (less <c>SLURM_ARRAY_TASK_MIN</c> when the array does not start at 0;
    /// with <paramref name="countOption"/> or <c>MARKETSIM_SHARD_COUNT</c> the task id is the shard index itself, so a
    /// task resubmitted alone keeps its place in the layout),
    /// else <c>JOB_COMPLETION_INDEX</c> (Kubernetes Indexed Job) with <paramref name="countOption"/> or
    /// <c>MARKETSIM_SHARD_COUNT</c>. Null, with no error, when none is set.
    /// </summary>
    public static bool TryFromEnvironment(Func<string, string?> environment, int? countOption, out ShardSpec? shard,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(environment);
        shard = null;
        error = null;
        if (environment("SLURM_ARRAY_TASK_ID") is { Length: > 0 } slurmId)
        {
            var count = environment("SLURM_ARRAY_TASK_COUNT");
            var minimum = environment("SLURM_ARRAY_TASK_MIN") ?? "0";
            if (!TryInt(slurmId, out var id) || !TryInt(count, out var n) || !TryInt(minimum, out var min))
            {
                error = $"SLURM_ARRAY_TASK_ID={slurmId}, SLURM_ARRAY_TASK_COUNT={count} and SLURM_ARRAY_TASK_MIN={minimum} must be whole numbers";
                return false;
            }

            // With the shard count given explicitly, the task id is the shard index itself: a task resubmitted
            // alone (sbatch --array=2) sees SLURM_ARRAY_TASK_COUNT=1 and SLURM_ARRAY_TASK_MIN=2, and must still
            // run shard 2 of the original layout. Otherwise the array is the layout: index = id - min of count.
            var explicitCount = countOption;
            if (explicitCount is null && environment("MARKETSIM_SHARD_COUNT") is { Length: > 0 } countText)
            {
                if (!TryInt(countText, out var fromEnvironment))
                {
                    error = $"MARKETSIM_SHARD_COUNT={countText} must be a whole number";
                    return false;
                }

                explicitCount = fromEnvironment;
            }

            return explicitCount is { } total
                ? Create(id, total, "SLURM_ARRAY_TASK_ID", out shard, out error)
                : Create(id - min, n, "SLURM_ARRAY_TASK_ID", out shard, out error);
        }

        if (environment("JOB_COMPLETION_INDEX") is { Length: > 0 } jobIndex)
        {
            var countText = countOption?.ToString(CultureInfo.InvariantCulture) ?? environment("MARKETSIM_SHARD_COUNT");
            if (countText is null)
            {
                error = "JOB_COMPLETION_INDEX is set but the shard count is not: pass --shard-count N or set MARKETSIM_SHARD_COUNT (the Job's completions)";
                return false;
            }

            if (!TryInt(jobIndex, out var index) || !TryInt(countText, out var count))
            {
                error = $"JOB_COMPLETION_INDEX={jobIndex} and the shard count {countText} must be whole numbers";
                return false;
            }

            return Create(index, count, "JOB_COMPLETION_INDEX", out shard, out error);
        }

        return true;
    }

    private static bool Create(int index, int count, string source, out ShardSpec? shard, [NotNullWhen(false)] out string? error)
    {
        shard = null;
        error = null;
        if (count < 1 || index < 0 || index >= count)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"{source}: shard {index} of {count} is out of range; need 0 <= i < n");
            return false;
        }

        shard = new ShardSpec(index, count);
        return true;
    }

    private static bool TryInt(string? text, out int value) =>
        int.TryParse(text?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
}
