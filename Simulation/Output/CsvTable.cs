using CsvHelper;

namespace MarketSim.Output;

/// <summary>
/// Typed rows to and from CSV: columns are the snake_case property names, format as <see cref="CsvDataSink"/>.
/// </summary>
public static class CsvTable
{
    /// <summary>Writes every row to <paramref name="path"/> in one call (see <see cref="CsvTableWriter{T}"/> to stream).</summary>
    public static void WriteAll<T>(string path, IEnumerable<T> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var writer = new CsvTableWriter<T>(path);
        foreach (var row in rows)
        {
            writer.Write(row);
        }
    }

    /// <summary>
    /// Reads every row of <paramref name="path"/>. Extra columns are ignored (newer writers may add
    /// some); a missing column or a malformed value is an <see cref="InvalidDataException"/> naming the file and line.
    /// </summary>
    public static List<T> ReadAll<T>(string path)
    {
        var rows = new List<T>();
        foreach (var row in Read<T>(path))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Streams the rows of <paramref name="path"/> one at a time (for large tables such as flows.csv).</summary>
    public static IEnumerable<T> Read<T>(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var reader = CsvFormat.OpenText(path);
        using var csv = new CsvReader(reader, CsvFormat.Configuration());
        csv.Context.RegisterClassMap<SnakeCaseClassMap<T>>();
        var records = csv.GetRecords<T>().GetEnumerator();
        using (records)
        {
            while (true)
            {
                T current;
                try
                {
                    if (!records.MoveNext())
                    {
                        yield break;
                    }

                    current = records.Current;
                }
                catch (CsvHelperException ex)
                {
                    var line = ex.Context?.Parser?.RawRow ?? 0;
                    throw new InvalidDataException($"{path}, line {line}: {FirstLine(ex.Message)}", ex);
                }

                yield return current;
            }
        }
    }

    // CsvHelper appends a multi-line dump of its parser state; the first line is the message a user needs.
    private static string FirstLine(string message)
    {
        var end = message.IndexOf('\n', StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).TrimEnd('\r');
    }
}
