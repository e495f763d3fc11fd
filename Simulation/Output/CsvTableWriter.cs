using CsvHelper;

namespace MarketSim.Output;

/// <summary>
/// Writes typed rows (records with public properties) as a CSV whose columns are the snake_case
/// property names, in the same format as <see cref="CsvDataSink"/>. Streams: rows are written as given.
/// </summary>
public sealed class CsvTableWriter<T> : IDisposable
{
    private readonly CsvWriter _csv;

    /// <summary>Creates (or overwrites) <paramref name="path"/> and writes the header row.</summary>
    public CsvTableWriter(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _csv = new CsvWriter(CsvFormat.CreateText(path), CsvFormat.Configuration());
        _csv.Context.RegisterClassMap<SnakeCaseClassMap<T>>();
        _csv.WriteHeader<T>();
        _csv.NextRecord();
    }

    /// <summary>Writes one row.</summary>
    public void Write(T row)
    {
        _csv.WriteRecord(row);
        _csv.NextRecord();
    }

    /// <summary>Flushes and closes the file.</summary>
    public void Dispose() => _csv.Dispose();
}
