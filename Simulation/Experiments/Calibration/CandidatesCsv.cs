using System.Globalization;
using System.Text;

namespace MarketSim.Experiments.Calibration;

/// <summary>
/// candidates.csv: <c>candidate,phase,&lt;parameters&gt;,loss,loss_&lt;series&gt;...</c>, one row per candidate in candidate
/// order, numbers round-trip ("R"), LF. Rows are appended and flushed one by one so an interrupted calibration
/// keeps its finished candidates; a partial last line is dropped on resume.
/// </summary>
public static class CandidatesCsv
{
    /// <summary>The file name.</summary>
    public const string FileName = "candidates.csv";

    private static readonly string[] Leading = ["candidate", "phase"];

    /// <summary>The header line (no newline).</summary>
    public static string Header(CalibrationPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return string.Join(',', Leading.Concat(plan.Columns).Append("loss").Concat(plan.Series.Select(s => "loss_" + s)));
    }

    /// <summary>One row, with its newline.</summary>
    public static string Row(CandidateRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var text = new StringBuilder(128);
        text.Append(row.Index.ToString(CultureInfo.InvariantCulture)).Append(',').Append(row.Phase);
        foreach (var value in row.Values)
            text.Append(',').Append(R(value));
        text.Append(',').Append(R(row.Loss));
        foreach (var value in row.SeriesLoss)
            text.Append(',').Append(R(value));
        return text.Append('\n').ToString();
    }

    /// <summary>
    /// Reads the finished rows of <paramref name="path"/> (dropping a partial last line, which is cut from the
    /// file), checking the header against <paramref name="plan"/>.
    /// </summary>
    /// <exception cref="InvalidDataException">The header or a row does not match the plan.</exception>
    public static List<CandidateRow> Read(string path, CalibrationPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var bytes = File.ReadAllBytes(path);
        var end = Array.LastIndexOf(bytes, (byte)'\n') + 1;
        if (end < bytes.Length)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);
            stream.SetLength(end);
        }

        var lines = Encoding.UTF8.GetString(bytes, 0, end).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length == 0 || lines[0] != Header(plan))
            throw new InvalidDataException($"{path}: the header does not match this calibration's parameters and series");
        var rows = new List<CandidateRow>();
        var k = plan.Columns.Count;
        for (var i = 1; i < lines.Length; i++)
        {
            // Fields are numbers and fixed words, never quoted, so a plain split is exact.
            var fields = lines[i].Split(',');
            if (fields.Length != 3 + k + plan.Series.Count)
                throw new InvalidDataException($"{path}:{i + 1}: expected {3 + k + plan.Series.Count} fields, got {fields.Length}");
            rows.Add(new CandidateRow(int.Parse(fields[0], CultureInfo.InvariantCulture), fields[1],
                fields.Skip(2).Take(k).Select(Parse).ToArray(), Parse(fields[2 + k]), fields.Skip(3 + k).Select(Parse).ToArray()));
        }

        return rows;
    }

    private static string R(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static double Parse(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
