namespace MarketSim.Scenarios;

/// <summary>
/// Loads a scenario or sweep file the way the command line does: parse, resolve <c>extends</c>,
/// apply <c>--set</c> overrides, check against the JSON Schema.
/// </summary>
public static class ScenarioDocumentLoader
{
    /// <summary>Loads and structurally validates a document.</summary>
    /// <param name="path">The file the user named.</param>
    /// <param name="overrides"><c>path=value</c> texts from <c>--set</c>, applied in order.</param>
    /// <param name="schemaPath">The JSON Schema file to validate against.</param>
    /// <exception cref="InputException">Every error found: files, JSON, extends, overrides, schema.</exception>
    public static ResolvedDocument Load(string path, IReadOnlyList<string> overrides, string schemaPath) =>
        Load(path, overrides, ScenarioSchema.Load(schemaPath));

    /// <summary>As <see cref="Load(string, IReadOnlyList{string}, string)"/> with a schema already loaded (sweeps reuse it).</summary>
    public static ResolvedDocument Load(string path, IReadOnlyList<string> overrides, ScenarioSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var document = ResolvedDocument.Load(path);
        var errors = new ErrorCollector(document);
        // Validate even when an override failed: the user then fixes everything in one round.
        errors.AddRange(ScenarioOverrides.Apply(document, overrides));
        errors.AddRange(schema.Validate(document));
        errors.ThrowIfAny();
        return document;
    }
}
