using System.Globalization;
using System.Text;

namespace MarketSim.Experiments.Sweeps;

/// <summary>
/// <c>runs.csv</c>: one row per run, in run-id order: <c>run_id, point, replication, seed</c>, one column
/// per parameter (snake_case of its path; a category's label), one per metric. Invariant numbers in
/// shortest round-trip form, LF line ends, UTF-8 without BOM.
/// </summary>
public static class RunsCsv
{
    /// <summary>The file name in an output folder.</summary>
    public const string FileName = "runs.csv";

    private static readonly string[] FixedColumns = ["run_id", "point", "replication", "seed"];

    /// <summary>UTF-8 without a byte-order mark.</summary>
    internal static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The header line (without the line end).</summary>
    public static string Header(SweepPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return string.Join(",", FixedColumns
            .Concat(plan.Spec.ParameterColumns)
            .Concat(plan.Spec.Metrics.Select(m => m.Column)));
    }

    /// <summary>Appends the row of run <paramref name="runId"/>, with its line end.</summary>
    public static void AppendRow(StringBuilder text, SweepPlan plan, long runId, ReadOnlySpan<double> metrics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(plan);
        var point = plan.PointOf(runId);
        var inv = CultureInfo.InvariantCulture;
        text.Append(runId.ToString(inv)).Append(',')
            .Append(point.ToString(inv)).Append(',')
            .Append(plan.ReplicationOf(runId).ToString(inv)).Append(',')
            .Append(plan.RunSeed(runId).ToString(inv));
        var values = plan.Design.Points[point];
        var parameters = plan.Spec.Space.Parameters;
        for (var j = 0; j < values.Length; j++)
        {
            var distribution = parameters[j].Distribution;
            text.Append(',').Append(distribution.Labels is null ? SweepPlan.Number(values[j]) : Quote(distribution.Label(values[j])));
        }

        foreach (var value in metrics)
            text.Append(',').Append(SweepPlan.Number(value));
        text.Append('\n');
    }

    /// <summary>
    /// Prepares an interrupted <c>runs.csv</c> for resuming: drops a trailing partial line (a row cut by
    /// a kill), checks the header and that the complete rows are the first runs of
    /// <paramref name="shard"/> in order, and returns how many there are.
    /// </summary>
    /// <exception cref="InvalidDataException">The file belongs to another plan or is damaged.</exception>
    public static long PrepareResume(string path, SweepPlan plan, ShardSpec? shard)
    {
        ArgumentNullException.ThrowIfNull(plan);
        TruncatePartialLine(path);
        var header = Header(plan);
        using var reader = new StreamReader(path, Utf8);
        var first = reader.ReadLine();
        if (first is null)
            return -1;
        if (first != header)
            throw new InvalidDataException($"{path}: the header does not match the plan's columns");
        long done = 0;
        var step = shard?.Count ?? 1;
        var start = shard?.Index ?? 0;
        while (reader.ReadLine() is { } line)
        {
            var expected = start + (done * step);
            if (RunIdOf(line) != expected)
                throw new InvalidDataException($"{path}, line {done + 2}: expected run {expected}; the file is not this sweep's (or this shard's) output in order");
            done++;
        }

        return done;
    }

    /// <summary>Streams (run id, metric values) from a complete <c>runs.csv</c>, checking its header.</summary>
    /// <exception cref="InvalidDataException">The header or a row is malformed.</exception>
    public static IEnumerable<(long RunId, double[] Metrics)> Read(string path, SweepPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var metricCount = plan.Spec.Metrics.Count;
        using var reader = new StreamReader(path, Utf8);
        if (reader.ReadLine() != Header(plan))
            throw new InvalidDataException($"{path}: the header does not match the plan's columns");
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var values = new double[metricCount];
            var end = line.Length;
            for (var m = metricCount - 1; m >= 0; m--)
            {
                var comma = line.LastIndexOf(',', end - 1);
                if (comma < 0 || !double.TryParse(line.AsSpan(comma + 1, end - comma - 1), NumberStyles.Float, CultureInfo.InvariantCulture, out values[m]))
                    throw new InvalidDataException($"{path}, line {lineNumber}: malformed row");
                end = comma;
            }

            yield return (RunIdOf(line, path, lineNumber), values);
        }
    }

    /// <summary>Cuts the file after its last line end (a row half-written when the process was killed).</summary>
    internal static void TruncatePartialLine(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        var length = stream.Length;
        var buffer = new byte[4096];
        var position = length;
        while (position > 0)
        {
            var chunk = (int)Math.Min(buffer.Length, position);
            stream.Position = position - chunk;
            stream.ReadExactly(buffer, 0, chunk);
            var newline = Array.LastIndexOf(buffer, (byte)'\n', chunk - 1);
            if (newline >= 0)
            {
                var keep = position - chunk + newline + 1;
                if (keep < length)
                    stream.SetLength(keep);
                return;
            }

            position -= chunk;
        }

        stream.SetLength(0);
    }

    private static long RunIdOf(string line, string? path = null, int lineNumber = 0)
    {
        var comma = line.IndexOf(',', StringComparison.Ordinal);
        if (comma <= 0 || !long.TryParse(line.AsSpan(0, comma), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            throw new InvalidDataException($"{path ?? "runs.csv"}, line {lineNumber}: malformed row");
        return id;
    }

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\n\r") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
