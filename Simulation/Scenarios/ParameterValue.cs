using System.Text.Json;
using System.Text.Json.Nodes;

namespace MarketSim.Scenarios;

/// <summary>Turns the text after <c>path=</c> into a JSON value.</summary>
public static class ParameterValue
{
    private static readonly JsonDocumentOptions Strict = new()
    {
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    /// <summary>
    /// Valid JSON (number, true/false/null, quoted string, array, object) is taken as JSON; anything
    /// else is a bare string, so <c>--set name=baseline</c> works without shell-escaped quotes.
    /// JSON numbers are culture-free, so <c>0.4</c> means 0.4 under every current culture.
    /// </summary>
    public static JsonNode? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            var node = JsonNode.Parse(text, documentOptions: Strict);
            return node is JsonValue value && value.GetValueKind() == JsonValueKind.Number ? NegativeZero.Normalise(value.GetValue<JsonElement>()) : node;
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }
}
