using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace MarketSim.Tests.Fuzz;

/// <summary>
/// One generated change to a JSON document: which node (an index into the document's nodes in document
/// order), what to do with it, and a variant number that picks among that kind's values. Kept as plain
/// numbers so CsCheck can shrink a failing case to the smallest change that still fails.
/// </summary>
internal sealed record JsonMutation(int Node, MutationKind Kind, int Variant)
{
    /// <summary>Typed extremes and wrong types, as JSON text (raw, so 1e309 and 2^64 reach the parser as written).</summary>
    public static readonly string[] Extremes =
    [
        "0", "-0", "-0.0", "1", "-1", "0.5", "1e308", "-1e308", "1.7976931348623157e308", "4.9e-324", "1e-320",
        "9223372036854775807", "9223372036854775808", "-9223372036854775809", "18446744073709551615", "18446744073709551616",
        "2147483648", "-2147483649", "1e309", "-1e309", "1e15", "1e300", "123456789012345678901234567890",
        "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"1e308\"", "\"0\"", "\"\"", "\"-0\"", "\" \"", "\"\\u0000\"",
        "\"../../../../etc/passwd\"", "\"C:\\\\nul\"", "\"\\ud83d\\ude00\"", "\"0000-00\"", "\"9999-12\"", "\"2025-13\"",
        "\"-001-01\"", "\"2025-1\"", "\"99999-01\"", "\"0001-01\"", "\"2025-02-30\"",
        "true", "false", "null", "{}", "[]", "[null]", "[1, 2, 3]", "{\"a\": 1}", "[[[[]]]]",
    ];

    public override string ToString() => $"{Kind}@{Node}/{Variant}";

    /// <summary>
    /// Applies the change to <paramref name="root"/> (a clone; the node list is the clone's). Values that a
    /// JsonNode cannot hold (1e309, nesting deeper than its reader allows) go in as placeholders that
    /// <paramref name="raw"/> maps to their text, substituted when the document is written.
    /// </summary>
    public void Apply(JsonNode root, IReadOnlyList<JsonNode> nodes, RawTexts raw)
    {
        if (nodes.Count == 0)
            return;
        var node = nodes[Node % nodes.Count];
        if (node.Root != root)
            return; // detached by an earlier change
        switch (Kind)
        {
            case MutationKind.Extreme:
                Replace(node, raw.Add(Extremes[Variant % Extremes.Length]));
                break;
            case MutationKind.Remove:
                Remove(node);
                break;
            case MutationKind.DuplicateItem:
                if (node.Parent is JsonArray array)
                    array.Add(node.DeepClone());
                else if (node is JsonObject obj && obj["id"] is { } id && obj.Parent is JsonArray siblings && siblings.Count > 1)
                    (siblings[(siblings.IndexOf(obj) + 1 + Variant) % siblings.Count] as JsonObject)?["id"]?.ReplaceWith(id.DeepClone());
                break;
            case MutationKind.DeepNesting:
                Replace(node, raw.Add(Nest(node, 1 + (Variant % 4 == 0 ? 5000 : Variant % 200))));
                break;
            case MutationKind.HugeArray:
                Replace(node, raw.Add(Huge(Variant)));
                break;
            case MutationKind.LongString:
                Replace(node, JsonValue.Create(new string((char)('a' + (Variant % 26)), 1 + (Variant % 3 == 0 ? 20_000 : Variant % 5000))));
                break;
            case MutationKind.WrongType:
                Replace(node, WrongType(node));
                break;
            case MutationKind.UnknownField:
                if (node is JsonObject target && !target.ContainsKey("fuzz_" + Variant.ToString(CultureInfo.InvariantCulture)))
                    target["fuzz_" + Variant.ToString(CultureInfo.InvariantCulture)] = Variant;
                break;
            case MutationKind.Scale:
                if (node is JsonValue value && value.TryGetValue<double>(out var number))
                    Replace(node, JsonValue.Create(number * Math.Pow(10, (Variant % 40) - 20)));
                break;
        }
    }

    private static void Replace(JsonNode node, JsonNode? replacement)
    {
        switch (node.Parent)
        {
            case JsonObject parent:
                parent[node.GetPropertyName()] = replacement;
                break;
            case JsonArray parent:
                parent[node.GetElementIndex()] = replacement;
                break;
        }
    }

    private static void Remove(JsonNode node)
    {
        switch (node.Parent)
        {
            case JsonObject parent:
                parent.Remove(node.GetPropertyName());
                break;
            case JsonArray parent:
                parent.RemoveAt(node.GetElementIndex());
                break;
        }
    }

    private static string Nest(JsonNode inner, int depth)
    {
        // Built as text: a JsonNode tree this deep would trip the serializer's own depth guard first.
        var text = new StringBuilder(depth * 2 + 16);
        text.Append('[', depth).Append(inner.ToJsonString()).Append(']', depth);
        return text.ToString();
    }

    private static string Huge(int variant)
    {
        var count = variant % 3 == 0 ? 10_000 : 1 + (variant % 2000);
        var text = new StringBuilder(count * 4);
        text.Append('[');
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
                text.Append(',');
            text.Append(variant % 2 == 0 ? "0.5" : "{\"id\":\"x" + i.ToString(CultureInfo.InvariantCulture) + "\"}");
        }

        return text.Append(']').ToString();
    }

    private static JsonNode? WrongType(JsonNode node) => node switch
    {
        JsonObject obj => new JsonArray([.. obj.Select(p => p.Value?.DeepClone())]),
        JsonArray array => new JsonObject(array.Select((item, i) => KeyValuePair.Create("k" + i.ToString(CultureInfo.InvariantCulture), item?.DeepClone()))),
        JsonValue value when value.TryGetValue<string>(out var text) => double.TryParse(text, CultureInfo.InvariantCulture, out var d) ? JsonValue.Create(d) : JsonValue.Create(text.Length),
        JsonValue value when value.TryGetValue<bool>(out var flag) => JsonValue.Create(flag ? 1 : 0),
        JsonValue value => JsonValue.Create(value.ToJsonString()),
        _ => null,
    };
}
