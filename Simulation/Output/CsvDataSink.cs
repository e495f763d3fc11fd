using CsvHelper;
using MarketSim.Engine;

namespace MarketSim.Output;

/// <summary>
/// Streams each collected table to <c>&lt;table&gt;.csv</c> in a folder: one header row, invariant
/// culture, round-trippable doubles, LF line ends. Rows are not held in memory.
/// </summary>
public sealed class CsvDataSink : IDataSink
{
    /// <summary>Rows per table between flushes, so a crash loses little and a reader can tail the file.</summary>
    public const int DefaultFlushInterval = 8192;

    private readonly string _directory;
    private readonly int _flushInterval;
    // Tables are few (four or five); a list keeps the write order deterministic and lookup cheap.
    private readonly List<Table> _tables = [];
    private bool _disposed;

    /// <summary>Creates the folder if needed; files are created when their table begins.</summary>
    public CsvDataSink(string directory, int flushInterval = DefaultFlushInterval)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentOutOfRangeException.ThrowIfLessThan(flushInterval, 1);
        _directory = directory;
        _flushInterval = flushInterval;
        Directory.CreateDirectory(directory);
    }

    /// <summary>The folder the CSV files are written to.</summary>
    public string DirectoryPath => _directory;

    /// <inheritdoc />
    public void BeginTable(string table, IReadOnlyList<string> columns)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(columns);
        ValidateTableName(table);
        if (Find(table) is not null)
        {
            throw new InvalidOperationException($"Table '{table}' was already begun.");
        }

        if (columns.Count == 0)
        {
            throw new ArgumentException($"Table '{table}' has no columns.", nameof(columns));
        }

        var writer = CsvFormat.CreateText(Path.Combine(_directory, table + ".csv"));
        var csv = new CsvWriter(writer, CsvFormat.Configuration());
        foreach (var column in columns)
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        _tables.Add(new Table(table, columns.Count, csv));
    }

    /// <inheritdoc />
    public void WriteRow(string table, ReadOnlySpan<DataValue> values)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var target = Find(table) ?? throw new InvalidOperationException($"Table '{table}' was not begun.");
        if (values.Length != target.ColumnCount)
        {
            throw new ArgumentException(
                $"Table '{table}' has {target.ColumnCount} columns but the row has {values.Length} values.", nameof(values));
        }

        var csv = target.Writer;
        foreach (var value in values)
        {
            // DataValue formats numbers invariantly and round-trippably ("R").
            csv.WriteField(value.ToString());
        }

        csv.NextRecord();
        if (++target.RowsSinceFlush >= _flushInterval)
        {
            csv.Flush();
            target.RowsSinceFlush = 0;
        }
    }

    /// <inheritdoc />
    public void Flush()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        foreach (var table in _tables)
        {
            table.Writer.Flush();
            table.RowsSinceFlush = 0;
        }
    }

    /// <summary>Flushes and closes every file.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var table in _tables)
        {
            table.Writer.Dispose();
        }

        _tables.Clear();
    }

    private Table? Find(string table)
    {
        foreach (var candidate in _tables)
        {
            if (string.Equals(candidate.Name, table, StringComparison.Ordinal))
            {
                return candidate;
            }
        }

        return null;
    }

    private static void ValidateTableName(string table)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(table);
        // The table name becomes a file name: keep it to a portable, path-free alphabet.
        foreach (var c in table)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
            {
                throw new ArgumentException($"Table name '{table}' may contain only letters, digits, '_' and '-'.", nameof(table));
            }
        }
    }

    private sealed class Table(string name, int columnCount, CsvWriter writer)
    {
        public string Name { get; } = name;

        public int ColumnCount { get; } = columnCount;

        public CsvWriter Writer { get; } = writer;

        public int RowsSinceFlush { get; set; }
    }
}
