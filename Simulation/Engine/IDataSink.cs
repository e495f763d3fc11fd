namespace MarketSim.Engine;

/// <summary>
/// Receives collected rows as they are produced, so memory does not grow with the number of ticks.
/// A sink sees <see cref="BeginTable"/> once per table before any of that table's rows.
/// </summary>
public interface IDataSink : IDisposable
{
    /// <summary>Declares a table and its column names, in order.</summary>
    void BeginTable(string table, IReadOnlyList<string> columns);

    /// <summary>Writes one row; <paramref name="values"/> matches the declared columns.</summary>
    void WriteRow(string table, ReadOnlySpan<DataValue> values);

    /// <summary>Pushes buffered rows to their destination.</summary>
    void Flush();
}
