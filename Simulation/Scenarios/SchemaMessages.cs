using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace MarketSim.Scenarios;

/// <summary>
/// Rewrites JsonSchema.Net's messages ("Value is "string" but should be "number"") into ones that
/// say what the user must change, using the schema keyword's own value where it helps.
/// </summary>
internal static class SchemaMessages
{
    public static IEnumerable<InputError> Describe(
        ScenarioSchema schema,
        EvaluationResults node,
        string keyword,
        string libraryMessage,
        ResolvedDocument document)
    {
        var path = JsonPaths.FromPointer(node.InstanceLocation.ToString(), document.Root, out var value);
        var subschema = schema.SubschemaAt(node.SchemaLocation);
        var keywordValue = subschema?[keyword];
        var limit = keywordValue?.ToJsonString();

        if (keyword == "required" && value is JsonObject obj && keywordValue is JsonArray required)
        {
            foreach (var name in required.Select(n => n?.GetValue<string>()).Where(n => n is not null && !obj.ContainsKey(n)))
                yield return document.ErrorAt(path, $"missing required field '{name}'");
            yield break;
        }

        var message = keyword switch
        {
            "" => FalseSchema(schema, node, path),
            "type" => $"expected {Expected(keywordValue)}, got {Got(value)}",
            "minimum" => $"must be at least {limit} (got {Short(value)})",
            "maximum" => $"must be at most {limit} (got {Short(value)})",
            "exclusiveMinimum" => $"must be greater than {limit} (got {Short(value)})",
            "exclusiveMaximum" => $"must be less than {limit} (got {Short(value)})",
            "multipleOf" => $"must be a multiple of {limit} (got {Short(value)})",
            "enum" when keywordValue is JsonArray options => $"must be one of {string.Join(", ", options.Select(o => o?.ToJsonString() ?? "null"))} (got {Short(value)})",
            "const" => $"must be {limit} (got {Short(value)})",
            "minItems" => $"must have at least {limit} item{Plural(keywordValue)}",
            "maxItems" => $"must have at most {limit} item{Plural(keywordValue)}",
            "minLength" => $"must be at least {limit} character{Plural(keywordValue)} long",
            "maxLength" => $"must be at most {limit} character{Plural(keywordValue)} long",
            "minProperties" => $"must have at least {limit} field{Plural(keywordValue)}",
            "maxProperties" => $"must have at most {limit} field{Plural(keywordValue)}",
            "pattern" => $"must match the pattern {limit} (got {Short(value)})",
            "uniqueItems" => "items must be unique",
            _ => null,
        };

        // Unknown keywords keep the library's wording, which is at least accurate.
        yield return document.ErrorAt(path, message ?? $"{libraryMessage} ({keyword})");
    }

    private static string FalseSchema(ScenarioSchema schema, EvaluationResults node, string path)
    {
        var evaluationPath = node.EvaluationPath.ToString();
        var cut = evaluationPath.LastIndexOf('/');
        var keyword = cut >= 0 ? evaluationPath[(cut + 1)..] : evaluationPath;
        if (keyword is not ("additionalProperties" or "unevaluatedProperties"))
            return "this value is not allowed here";

        var field = node.InstanceLocation.ToString();
        field = field[(field.LastIndexOf('/') + 1)..].Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
        var message = $"unknown field '{field}' (not in the schema)";
        var known = KnownFields(schema, node.SchemaLocation, keyword);
        var guess = known.Select(k => (Name: k, Distance: EditDistance.Levenshtein(k, field))).OrderBy(k => k.Distance).FirstOrDefault();
        if (guess.Name is not null && guess.Distance <= Math.Max(2, field.Length / 3))
            return message + $"; did you mean '{guess.Name}'?";
        return known.Count is > 0 and <= 12 ? message + "; known fields: " + string.Join(", ", known) : message;
    }

    /// <summary>The <c>properties</c> of the object schema that holds the failing keyword.</summary>
    private static List<string> KnownFields(ScenarioSchema schema, Uri schemaLocation, string keyword)
    {
        var text = schemaLocation.OriginalString;
        var cut = text.LastIndexOf("/" + keyword, StringComparison.Ordinal);
        if (cut < 0)
            return [];
        var parent = schema.SubschemaAt(new Uri(text[..cut]));
        return parent?["properties"] is JsonObject properties ? [.. properties.Select(p => p.Key)] : [];
    }

    private static string Expected(JsonNode? type) => type switch
    {
        JsonArray types => string.Join(" or ", types.Select(t => Article(t?.GetValue<string>()))),
        JsonValue single when single.GetValueKind() == JsonValueKind.String => Article(single.GetValue<string>()),
        _ => "another type",
    };

    private static string Article(string? type) => type switch
    {
        "integer" => "an integer",
        "object" => "an object",
        "array" => "an array",
        "null" => "null",
        "boolean" => "true or false",
        null => "another type",
        _ => "a " + type,
    };

    private static string Got(JsonNode? value) => value?.GetValueKind() switch
    {
        JsonValueKind.String or JsonValueKind.Number => $"{ParameterPath.Describe(value)} ({Short(value)})",
        _ => ParameterPath.Describe(value),
    };

    private static string Short(JsonNode? value)
    {
        var text = value?.ToJsonString() ?? "null";
        return text.Length <= 40 ? text : text[..37] + "...";
    }

    private static string Plural(JsonNode? count) =>
        count?.GetValueKind() == JsonValueKind.Number && count.ToJsonString() == "1" ? string.Empty : "s";
}
