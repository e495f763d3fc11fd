using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace MarketSim.Output;

/// <summary>
/// manifest.json of a run folder: what was run, how, and how long it took. Written by the run
/// command, read by <see cref="RunData"/>. Properties are snake_case in JSON; unknown fields are ignored on reading.
/// </summary>
public sealed record RunManifest
{
    private static readonly JsonSerializerOptions _jsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        // Warnings and descriptions are read by people: keep quotes and signs as they are.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The file name inside a run folder.</summary>
    public const string FileName = "manifest.json";

    /// <summary>Scenario name, e.g. "baseline-2025".</summary>
    public string Scenario { get; init; } = "";

    /// <summary>The scenario's description, shown in the report.</summary>
    public string Description { get; init; } = "";

    /// <summary>Calendar month of tick 0, "yyyy-MM".</summary>
    public string StartMonth { get; init; } = "2025-11";

    /// <summary>Ticks (months) simulated.</summary>
    public int Ticks { get; init; }

    /// <summary>Replications run.</summary>
    public int Replications { get; init; } = 1;

    /// <summary>
    /// Why the run stopped adding replications: fixed-count, or under --precision every-verdict-decided,
    /// precision-reached, max-replications or no-comparison.
    /// </summary>
    public string StoppedBecause { get; init; } = "fixed-count";

    /// <summary>The --precision asked for (half-width of the mean difference's interval, a fraction), or null.</summary>
    public double? Precision { get; init; }

    /// <summary>The --max-replications cap in force under --precision, or null.</summary>
    public int? MaxReplications { get; init; }

    /// <summary>Base seed.</summary>
    public ulong Seed { get; init; }

    /// <summary>The seed each replication ran with (derived from <see cref="Seed"/> and its index).</summary>
    public IReadOnlyList<ulong> ReplicationSeeds { get; init; } = [];

    /// <summary>Program version.</summary>
    public string Version { get; init; } = "";

    /// <summary>Git revision of the program, if known.</summary>
    public string GitRevision { get; init; } = "";

    /// <summary>The command line that produced the run.</summary>
    public string CommandLine { get; init; } = "";

    /// <summary>When the run was created (UTC).</summary>
    public DateTimeOffset CreatedUtc { get; init; }

    /// <summary>Seconds spent per phase (e.g. "simulate", "charts").</summary>
    public IReadOnlyDictionary<string, double> Timings { get; init; } = new Dictionary<string, double>();

    /// <summary>
    /// What the model did with large but valid inputs (say an investor larger than the shares on offer,
    /// which keeps the rest as cash), one line each, in scenario order; absent when there is nothing to say.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Warnings { get; init; }

    /// <summary>The scenario after inheritance and overrides, as run.</summary>
    public JsonObject? ResolvedScenario { get; init; }

    /// <summary>The calendar month of tick 0, parsed from <see cref="StartMonth"/>.</summary>
    [JsonIgnore]
    public DateTime StartDate => ParseMonth(StartMonth);

    /// <summary>The first day of the month of <paramref name="tick"/>.</summary>
    public DateTime MonthOf(int tick) => StartDate.AddMonths(tick);

    /// <summary>Serialises to indented JSON with LF line ends.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, _jsonOptions).ReplaceLineEndings("\n") + "\n";

    /// <summary>Parses manifest JSON.</summary>
    public static RunManifest FromJson(string json) =>
        JsonSerializer.Deserialize<RunManifest>(json, _jsonOptions) ?? throw new InvalidDataException("manifest.json is empty (null).");

    /// <summary>Writes the manifest to <paramref name="path"/>.</summary>
    public void Save(string path) => File.WriteAllText(path, ToJson(), CsvFormat.Utf8);

    /// <summary>Reads a manifest file; errors name the file.</summary>
    public static RunManifest Load(string path)
    {
        try
        {
            return FromJson(File.ReadAllText(path, CsvFormat.Utf8));
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: {ex.Message}", ex);
        }
    }

    /// <summary>Parses "yyyy-MM" (invariant) to the first day of that month.</summary>
    public static DateTime ParseMonth(string month)
    {
        if (!DateTime.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new FormatException($"Month '{month}' is not in the form yyyy-MM (e.g. 2025-11).");
        }

        return date;
    }
}
