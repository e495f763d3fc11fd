using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MarketSim.Market.Parameters;

namespace MarketSim.Scenarios;

/// <summary>
/// Loads a scenario file the way every command does: parse, resolve <c>extends</c>, apply
/// <c>--set</c> overrides, fill schema defaults, check against the JSON Schema, bind to
/// <see cref="ScenarioParameters"/>, then run the semantic checks of <see cref="ScenarioValidator"/>.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>The schema's file name, looked for beside scenarios and under <c>scenarios/</c>.</summary>
    public const string SchemaFileName = "scenario.schema.json";

    private static readonly JsonSerializerOptions ManifestJson = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Loads a scenario, finding its schema with <see cref="FindSchema"/>.</summary>
    /// <param name="path">The scenario file as the user named it.</param>
    /// <param name="overrides"><c>path=value</c> texts from <c>--set</c>, applied in order.</param>
    /// <exception cref="InputException">Every error found, each naming file, JSON path and line.</exception>
    public static LoadedScenario Load(string path, IReadOnlyList<string> overrides)
    {
        var document = ResolvedDocument.Load(path);
        var schema = ScenarioSchema.Load(FindSchema(path, document.Root));
        return Load(document, overrides, schema);
    }

    /// <summary>As <see cref="Load(string, IReadOnlyList{string})"/> with a schema already loaded (sweeps and compare reuse it).</summary>
    /// <exception cref="InputException">Every error found, each naming file, JSON path and line.</exception>
    public static LoadedScenario Load(string path, IReadOnlyList<string> overrides, ScenarioSchema schema) =>
        Load(ResolvedDocument.Load(path), overrides, schema);

    private static LoadedScenario Load(ResolvedDocument document, IReadOnlyList<string> overrides, ScenarioSchema schema)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        ArgumentNullException.ThrowIfNull(schema);
        var errors = new ErrorCollector(document);
        // A bad override is reported with the schema's findings, so the user fixes everything in one round.
        errors.AddRange(ScenarioOverrides.Apply(document, overrides));
        schema.ApplyDefaults(document);
        errors.AddRange(schema.Validate(document));
        errors.ThrowIfAny();

        var parameters = ScenarioBinder.Bind<ScenarioParameters>(document);
        ScenarioValidator.Validate(parameters, errors);
        errors.ThrowIfAny();
        return new LoadedScenario(parameters, ResolvedJson(document.Root), document.Files, document);
    }

    /// <summary>
    /// The schema for a scenario: its own <c>$schema</c> when that is a path to an existing file (absolute,
    /// or relative to the scenario's folder), else <c>scenario.schema.json</c> beside the scenario, else
    /// <c>scenarios/scenario.schema.json</c> under the current directory, else under the executable's folder.
    /// </summary>
    /// <param name="scenarioPath">The scenario file.</param>
    /// <param name="root">The scenario document (for its <c>$schema</c>), or null.</param>
    /// <exception cref="InputException">No schema file exists in any of those places.</exception>
    public static string FindSchema(string scenarioPath, JsonNode? root)
    {
        ArgumentNullException.ThrowIfNull(scenarioPath);
        var folder = Path.GetDirectoryName(Path.GetFullPath(scenarioPath)) ?? Environment.CurrentDirectory;
        var candidates = new List<string>();
        if (root is JsonObject obj
            && obj[ScenarioInheritance.SchemaKey] is JsonValue value
            && value.TryGetValue<string>(out var named)
            && IsLocalFile(named))
        {
            candidates.Add(Path.GetFullPath(Path.Combine(folder, named)));
        }

        candidates.Add(Path.Combine(folder, SchemaFileName));
        candidates.Add(Path.Combine(Environment.CurrentDirectory, "scenarios", SchemaFileName));
        candidates.Add(Path.Combine(AppContext.BaseDirectory, "scenarios", SchemaFileName));
        foreach (var candidate in candidates)
        {
            if (File.Exists(candidate))
                return candidate;
        }

        throw new InputException(new InputError(
            scenarioPath,
            null,
            null,
            "cannot find the scenario schema; looked for " + string.Join(", ", candidates.Distinct(StringComparer.Ordinal))));
    }

    // A file path (relative to the scenario's folder, or absolute), not a URL such as https://...
    private static bool IsLocalFile(string text) =>
        text.Length > 0
        && !text.Contains("://", StringComparison.Ordinal)
        && text.IndexOfAny(Path.GetInvalidPathChars()) < 0;

    private static string ResolvedJson(JsonNode? root)
    {
        var copy = root?.DeepClone();
        if (copy is JsonObject obj)
        {
            obj.Remove(ScenarioInheritance.SchemaKey);
            obj.Remove(ScenarioInheritance.ExtendsKey);
        }

        return (copy?.ToJsonString(ManifestJson) ?? "null") + "\n";
    }
}
