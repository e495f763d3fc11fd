using System.Globalization;

namespace MarketSim.Experiments.Sweeps;

/// <summary>A CSV with columns known only at run time (one per parameter or metric): invariant numbers, LF, no BOM.</summary>
internal sealed class SweepTable : IDisposable
{
    private readonly StreamWriter _writer;
    private readonly List<string> _row = [];

    public SweepTable(string path, IEnumerable<string> columns)
    {
        _writer = new StreamWriter(path, append: false, RunsCsv.Utf8) { NewLine = "\n" };
        _writer.Write(string.Join(",", columns));
        _writer.Write('\n');
    }

    public SweepTable Add(string text)
    {
        _row.Add(text.AsSpan().IndexOfAny(",\"\n\r") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
        return this;
    }

    public SweepTable Add(double value) => Add(SweepPlan.Number(value));

    public SweepTable Add(long value) => Add(value.ToString(CultureInfo.InvariantCulture));

    public void EndRow()
    {
        _writer.Write(string.Join(",", _row));
        _writer.Write('\n');
        _row.Clear();
    }

    public void Dispose() => _writer.Dispose();
}
