using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MarketSim.Scenarios;

/// <summary>
/// Tells the kinds of input file apart, so a command given the wrong kind says so in one line instead of
/// failing on a field it does not know. A JSON file names its kind by the file name of its <c>$schema</c>
/// (any folder, any URL); without one, by the fields only that kind requires. An observation file is a
/// CSV with a fixed header.
/// </summary>
public static class FileKinds
{
    /// <summary>The header line of an observation file.</summary>
    public const string ObservationHeader = "series,firm,period_start,period_end,value,unit,low,high,kind,source,note";

    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 256 };

    private static readonly (string Schema, FileKind Kind)[] Schemas =
    [
        ("scenario.schema.json", FileKind.Scenario),
        ("sweep.schema.json", FileKind.Sweep),
        ("calibration.schema.json", FileKind.Calibration),
        ("observation.schema.json", FileKind.Observations),
        ("observations.schema.json", FileKind.Observations),
    ];

    private static readonly string[] ScenarioFields = ["extends", "customers", "labs", "clouds", "vendors", "start_month", "market"];

    /// <summary>The kind of the file at <paramref name="path"/>; <see cref="FileKind.Unknown"/> when it cannot be read or told.</summary>
    public static FileKind Detect(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            if (!File.Exists(path))
                return FileKind.Unknown;
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return FileKind.Unknown;
        }

        return Detect(bytes);
    }

    /// <summary>The kind of a file's contents.</summary>
    public static FileKind Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
            bytes = bytes[3..];
        var start = 0;
        while (start < bytes.Length && bytes[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            start++;
        if (start < bytes.Length && bytes[start] != '{' && bytes[start] != '/' && bytes[start] != '[')
            return IsObservationCsv(bytes) ? FileKind.Observations : FileKind.Unknown;
        try
        {
            return JsonNode.Parse(bytes, documentOptions: Lenient) is JsonObject root ? Detect(root) : FileKind.Unknown;
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            return FileKind.Unknown;
        }
    }

    /// <summary>The kind of a parsed JSON document.</summary>
    public static FileKind Detect(JsonObject root)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (root.TryGetPropertyValue("$schema", out var schema) && schema is JsonValue value && value.TryGetValue<string>(out var named))
        {
            var name = named.Replace('\\', '/').Split('#', '?')[0].Split('/')[^1];
            foreach (var (file, kind) in Schemas)
            {
                if (string.Equals(name, file, StringComparison.OrdinalIgnoreCase))
                    return kind;
            }

            if (named.Contains("json-schema.org", StringComparison.OrdinalIgnoreCase))
                return FileKind.Schema;
        }

        if (Has(root, "base") && Has(root, "observations") && Has(root, "parameters"))
            return FileKind.Calibration;
        if (Has(root, "base") && (Has(root, "design") || Has(root, "parameters")))
            return FileKind.Sweep;
        if (Has(root, "resolved_scenario"))
            return FileKind.Manifest;
        return ScenarioFields.Any(f => Has(root, f)) ? FileKind.Scenario : FileKind.Unknown;
    }

    /// <summary>How a kind is named in messages ("a sweep file").</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Scenario => "a scenario file",
        FileKind.Sweep => "a sweep file",
        FileKind.Calibration => "a calibration file",
        FileKind.Observations => "an observation file",
        FileKind.Manifest => "a run's manifest.json",
        FileKind.Schema => "a JSON Schema",
        _ => "an unrecognised file",
    };

    /// <summary>
    /// Checks that <paramref name="path"/> is one of <paramref name="expected"/> (an unrecognised file passes:
    /// its loader then says what is wrong with it, with line and path).
    /// </summary>
    /// <exception cref="InputException">The file is recognisably another kind; one error naming the file, its kind and what was expected.</exception>
    public static void Expect(string path, string command, params FileKind[] expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        var kind = Detect(path);
        if (kind == FileKind.Unknown || expected.Contains(kind))
            return;
        var wanted = string.Join(" or ", expected.Select(Describe));
        throw new InputException(new InputError(path, null, null, $"this is {Describe(kind)}, but {command} expects {wanted}{Hint(kind)}"));
    }

    private static string Hint(FileKind kind) => kind switch
    {
        FileKind.Sweep => " (run it with ./run.sh sweep)",
        FileKind.Scenario => " (run it with ./run.sh run)",
        FileKind.Calibration => " (use it with ./run.sh calibrate)",
        _ => string.Empty,
    };

    private static bool Has(JsonObject root, string field) => root.ContainsKey(field);

    private static bool IsObservationCsv(ReadOnlySpan<byte> bytes)
    {
        var end = bytes.IndexOf((byte)'\n');
        var line = Encoding.UTF8.GetString(end < 0 ? bytes : bytes[..end]).TrimEnd('\r').Trim();
        return string.Equals(line, ObservationHeader, StringComparison.Ordinal);
    }
}
