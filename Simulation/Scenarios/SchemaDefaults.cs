using System.Text.Json.Nodes;

namespace MarketSim.Scenarios;

/// <summary>
/// Fills fields a document leaves out with the <c>default</c> values its JSON Schema gives, walking
/// the schema alongside the document: <c>properties</c>, <c>items</c>, map-valued
/// <c>additionalProperties</c>, <c>$ref</c> to <c>#/$defs/...</c>, <c>allOf</c>, and
/// <c>if</c>/<c>then</c> whose <c>if</c> tests fields by <c>const</c> or <c>enum</c> (the event-kind
/// pattern). Values of the wrong type are left alone for validation to report. An inserted default
/// has no line of its own, so an error about it points at the object that omitted it.
/// </summary>
internal static class SchemaDefaults
{
    private const int MaxReferenceHops = 64;

    public static void Apply(JsonNode? schema, JsonNode? document)
    {
        if (schema is JsonObject root)
            Walk(root, root, document);
    }

    private static void Walk(JsonObject root, JsonObject? schema, JsonNode? instance)
    {
        schema = Resolve(root, schema);
        if (schema is null || instance is null)
            return;

        if (instance is JsonObject obj)
        {
            var properties = schema["properties"] as JsonObject;
            if (properties is not null)
            {
                foreach (var (name, node) in properties)
                {
                    if (node is not JsonObject property)
                        continue;
                    if (!obj.ContainsKey(name))
                    {
                        if (!TryGetDefault(root, property, out var value))
                            continue;
                        obj[name] = value?.DeepClone();
                    }

                    Walk(root, property, obj[name]);
                }
            }

            if (schema["additionalProperties"] is JsonObject values)
            {
                foreach (var (name, value) in obj.ToList())
                {
                    if (properties is null || !properties.ContainsKey(name))
                        Walk(root, values, value);
                }
            }
        }
        else if (instance is JsonArray array && schema["items"] is JsonObject items)
        {
            foreach (var item in array)
                Walk(root, items, item);
        }

        if (schema["allOf"] is JsonArray all)
        {
            foreach (var part in all)
                Walk(root, part as JsonObject, instance);
        }

        if (schema["if"] is JsonObject condition && schema["then"] is JsonObject then && Matches(condition, instance))
            Walk(root, then, instance);
    }

    private static bool TryGetDefault(JsonObject root, JsonObject property, out JsonNode? value)
    {
        if (property.TryGetPropertyValue("default", out value))
            return true;
        var target = Resolve(root, property);
        if (target is not null && !ReferenceEquals(target, property))
            return target.TryGetPropertyValue("default", out value);
        value = null;
        return false;
    }

    /// <summary>Follows <c>$ref</c>s within the file; null for a reference it cannot follow.</summary>
    private static JsonObject? Resolve(JsonObject root, JsonObject? schema)
    {
        for (var hops = 0; schema is not null && hops < MaxReferenceHops; hops++)
        {
            if (schema["$ref"] is not JsonValue reference || !reference.TryGetValue<string>(out var text))
                return schema;
            schema = Find(root, text);
        }

        return null;
    }

    private static JsonObject? Find(JsonObject root, string reference)
    {
        if (!reference.StartsWith('#'))
            return null;
        JsonNode? node = root;
        var pointer = Uri.UnescapeDataString(reference[1..]);
        if (pointer.Length == 0)
            return root;
        foreach (var raw in pointer.TrimStart('/').Split('/'))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node is JsonObject obj && obj.TryGetPropertyValue(segment, out var child) ? child : null;
        }

        return node as JsonObject;
    }

    /// <summary>
    /// Whether <paramref name="instance"/> passes an <c>if</c> schema made of <c>required</c> and
    /// per-field <c>const</c>/<c>enum</c>; any other keyword makes the test fail (no default applied).
    /// </summary>
    private static bool Matches(JsonObject condition, JsonNode? instance)
    {
        if (instance is not JsonObject obj)
            return false;
        foreach (var (keyword, value) in condition)
        {
            switch (keyword)
            {
                case "required" when value is JsonArray names:
                    if (names.Any(n => n is not JsonValue name || !name.TryGetValue<string>(out var s) || !obj.ContainsKey(s)))
                        return false;
                    break;
                case "properties" when value is JsonObject fields:
                    foreach (var (name, test) in fields)
                    {
                        if (!obj.TryGetPropertyValue(name, out var actual))
                            continue;
                        if (test is not JsonObject testObject || !FieldMatches(testObject, actual))
                            return false;
                    }

                    break;
                case "description" or "title" or "$comment":
                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    private static bool FieldMatches(JsonObject test, JsonNode? actual)
    {
        foreach (var (keyword, value) in test)
        {
            switch (keyword)
            {
                case "const":
                    if (!JsonNode.DeepEquals(value, actual))
                        return false;
                    break;
                case "enum" when value is JsonArray options:
                    if (!options.Any(o => JsonNode.DeepEquals(o, actual)))
                        return false;
                    break;
                case "description" or "title" or "$comment":
                    break;
                default:
                    return false;
            }
        }

        return true;
    }
}
