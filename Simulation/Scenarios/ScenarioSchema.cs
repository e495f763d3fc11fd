using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace MarketSim.Scenarios;

/// <summary>
/// A JSON Schema (draft 2020-12) used to check the structure of resolved scenario and sweep
/// documents, reporting every violation with its file and line.
/// </summary>
public sealed class ScenarioSchema
{
    private static readonly EvaluationOptions FlagOptions = Options(OutputFormat.Flag);
    private static readonly EvaluationOptions DetailedOptions = Options(OutputFormat.Hierarchical);

    private readonly JsonSchema _schema;
    private readonly JsonNode? _schemaNode;
    private readonly Uri _baseUri;

    private ScenarioSchema(JsonSchema schema, JsonNode? schemaNode, Uri baseUri)
    {
        _schema = schema;
        _schemaNode = schemaNode;
        _baseUri = baseUri;
    }

    private static EvaluationOptions Options(OutputFormat format)
    {
        // Errors are all we report; collecting annotations (descriptions, defaults) costs most of the time.
        var options = new EvaluationOptions { OutputFormat = format };
        options.IgnoreAllAnnotations();
        return options;
    }

    /// <summary>The schema document itself (read it, do not change it).</summary>
    internal JsonNode? Root => _schemaNode;

    /// <summary>
    /// Fills the fields <paramref name="document"/> leaves out with this schema's <c>default</c> values,
    /// so files may omit them and still bind; an error about a filled value points at its object.
    /// </summary>
    public void ApplyDefaults(ResolvedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        SchemaDefaults.Apply(_schemaNode, document.Root);
    }

    /// <summary>Loads a schema file; <c>$ref</c>s to <c>#/$defs/...</c> in the same file resolve.</summary>
    /// <exception cref="InputException">The file is missing, not JSON, or not a valid schema.</exception>
    public static ScenarioSchema Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var source = LocatedJson.Load(path);
        // JsonSchema.Net 8.0.5 reports locations under a file:// base as "/dir/#/..." (file name lost),
        // so schemas without an $id get a synthetic https base that round-trips.
        return Build(source.Root, path, SyntheticBase(Path.GetFileName(path)));
    }

    /// <summary>Builds a schema from text (comments allowed); <paramref name="name"/> is used in errors.</summary>
    /// <exception cref="InputException">The text is not JSON or not a valid schema.</exception>
    public static ScenarioSchema FromText(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        var source = LocatedJson.Parse(name, System.Text.Encoding.UTF8.GetBytes(text));
        return Build(source.Root, name, SyntheticBase(name));
    }

    private static Uri SyntheticBase(string name) =>
        new("https://marketsim.invalid/schemas/" + Uri.EscapeDataString(name));

    private static ScenarioSchema Build(JsonNode? root, string name, Uri baseUri)
    {
        // A registry per schema: the global one refuses a second schema with the same $id,
        // which would break loading the same file twice (tests, compare, sweeps).
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        try
        {
            var schema = JsonSchema.Build(JsonSerializer.SerializeToElement(root), options, baseUri);
            return new ScenarioSchema(schema, root, schema.BaseUri);
        }
        catch (Exception e) when (e is JsonSchemaException or JsonException or ArgumentException or InvalidOperationException)
        {
            throw new InputException(new InputError(name, null, null, "invalid JSON Schema: " + e.Message));
        }
    }

    /// <summary>Checks the document and returns every violation, ordered by file and line.</summary>
    public IReadOnlyList<InputError> Validate(ResolvedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var instance = JsonSerializer.SerializeToElement(document.Root);
        // The flag format stops at the first failure and keeps no annotations: far faster for the
        // common valid case. Only an invalid document pays for the detailed pass.
        if (_schema.Evaluate(instance, FlagOptions).IsValid)
            return [];
        var results = _schema.Evaluate(instance, DetailedOptions);
        var errors = new List<InputError>();
        if (!results.IsValid)
            Collect(results, document, errors);
        return [.. errors
            .Distinct()
            .Select((error, order) => (error, order))
            .OrderBy(e => Array.IndexOf([.. document.Files], e.error.File) is var i && i < 0 ? int.MaxValue : i)
            .ThenBy(e => e.error.Line ?? 0)
            .ThenBy(e => e.order)
            .Select(e => e.error)];
    }

    private void Collect(EvaluationResults node, ResolvedDocument document, List<InputError> errors)
    {
        if (node.Errors is not null)
        {
            foreach (var (keyword, message) in node.Errors)
            {
                foreach (var error in SchemaMessages.Describe(this, node, keyword, message, document))
                    errors.Add(error);
            }
        }

        if (node.Details is null)
            return;
        foreach (var detail in node.Details)
        {
            // Failures under a passing node (say the losing branches of a passing anyOf) are not errors.
            if (!detail.IsValid)
                Collect(detail, document, errors);
        }
    }

    /// <summary>The schema object at a location the validator reported, when it is in this file.</summary>
    internal JsonObject? SubschemaAt(Uri schemaLocation)
    {
        var here = new UriBuilder(schemaLocation) { Fragment = string.Empty }.Uri;
        var mine = new UriBuilder(_baseUri) { Fragment = string.Empty }.Uri;
        if (here != mine)
            return null;
        var pointer = Uri.UnescapeDataString(schemaLocation.Fragment.TrimStart('#'));
        JsonNode? node = _schemaNode;
        if (pointer.Length == 0)
            return node as JsonObject;
        foreach (var raw in pointer[1..].Split('/'))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node switch
            {
                JsonObject obj => obj.TryGetPropertyValue(segment, out var child) ? child : null,
                JsonArray array when int.TryParse(segment, System.Globalization.CultureInfo.InvariantCulture, out var i) && i >= 0 && i < array.Count => array[i],
                _ => null,
            };
        }

        return node as JsonObject;
    }
}
