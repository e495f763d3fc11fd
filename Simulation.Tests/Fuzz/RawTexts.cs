using System.Globalization;
using System.Text.Json.Nodes;

namespace MarketSim.Tests.Fuzz;

/// <summary>Placeholders for JSON text that a JsonNode cannot hold, substituted when the document is written.</summary>
internal sealed class RawTexts
{
    private static readonly System.Text.Json.JsonSerializerOptions Indented = new() { WriteIndented = true };
    private readonly List<string> _texts = [];

    /// <summary>A string value standing for <paramref name="text"/> until <see cref="Write"/>.</summary>
    public JsonNode Add(string text)
    {
        _texts.Add(text);
        return JsonValue.Create("\u0001raw" + (_texts.Count - 1).ToString(CultureInfo.InvariantCulture) + "\u0001");
    }

    /// <summary>The document as text with every placeholder replaced by its raw text.</summary>
    public string Write(JsonNode? root)
    {
        var text = root?.ToJsonString(Indented) ?? "null";
        // Newest first: a newer raw text (a nesting) may hold an older placeholder.
        for (var i = _texts.Count - 1; i >= 0; i--)
            text = text.Replace("\"\\u0001raw" + i.ToString(CultureInfo.InvariantCulture) + "\\u0001\"", _texts[i], StringComparison.Ordinal);
        return text;
    }
}
