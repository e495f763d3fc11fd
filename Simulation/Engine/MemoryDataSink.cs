namespace MarketSim.Engine;

/// <summary>Keeps collected rows in memory, for tests and small in-process analyses.</summary>
public sealed class MemoryDataSink : IDataSink
{
    private readonly Dictionary<string, (IReadOnlyList<string> Columns, List<DataValue[]> Rows)> _tables = new(StringComparer.Ordinal);

    /// <summary>The columns of <paramref name="table"/>.</summary>
    public IReadOnlyList<string> Columns(string table) => _tables[table].Columns;

    /// <summary>The rows of <paramref name="table"/>, in collection order.</summary>
    public IReadOnlyList<DataValue[]> Rows(string table) => _tables.TryGetValue(table, out var t) ? t.Rows : [];

    /// <summary>The values of one column of <paramref name="table"/>, in row order.</summary>
    public IReadOnlyList<DataValue> Column(string table, string column)
    {
        var (columns, rows) = _tables[table];
        var index = columns.ToList().IndexOf(column);
        if (index < 0)
        {
            throw new ArgumentException($"Table '{table}' has no column '{column}'.", nameof(column));
        }

        return rows.ConvertAll(r => r[index]);
    }

    /// <inheritdoc />
    public void BeginTable(string table, IReadOnlyList<string> columns) =>
        _tables[table] = (columns.ToArray(), []);

    /// <inheritdoc />
    public void WriteRow(string table, ReadOnlySpan<DataValue> values) => _tables[table].Rows.Add(values.ToArray());

    /// <inheritdoc />
    public void Flush()
    {
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
