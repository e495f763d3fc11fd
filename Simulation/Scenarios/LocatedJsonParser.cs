using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MarketSim.Scenarios;

/// <summary>
/// Builds a <see cref="JsonNode"/> tree with <see cref="Utf8JsonReader"/> so that every value's
/// position is known; <see cref="JsonNode.Parse(string, JsonNodeOptions?, JsonDocumentOptions)"/> keeps no positions.
/// </summary>
internal sealed partial class LocatedJsonParser
{
    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly string _file;
    private readonly LineIndex _lines;
    private readonly Dictionary<string, TextPosition> _positions = new(StringComparer.Ordinal);
    private readonly List<InputError> _errors = [];

    private LocatedJsonParser(string file, LineIndex lines)
    {
        _file = file;
        _lines = lines;
    }

    public static LocatedJson Parse(string file, ReadOnlySpan<byte> utf8)
    {
        // Utf8JsonReader rejects a BOM; editors on Windows still write one.
        if (utf8.StartsWith(Encoding.UTF8.Preamble))
            utf8 = utf8[Encoding.UTF8.Preamble.Length..];

        var parser = new LocatedJsonParser(file, new LineIndex(utf8));
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        JsonNode? root = null;
        try
        {
            reader.Read();
            parser._positions[JsonPaths.Root] = parser._lines.PositionOf(utf8, reader.TokenStartIndex);
            root = parser.ReadValue(ref reader, utf8, JsonPaths.Root);
            // Reading past the root makes the reader throw on trailing content such as a second value.
            reader.Read();
        }
        catch (JsonException e)
        {
            // Reader positions are 0-based; editors count from 1.
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            parser._errors.Add(new InputError(
                file,
                null,
                line,
                string.Create(CultureInfo.InvariantCulture, $"invalid JSON at column {column}: {CleanMessage(e.Message)}")));
        }

        if (parser._errors.Count > 0)
            throw new InputException(parser._errors);
        return new LocatedJson(file, root, parser._positions);
    }

    /// <summary>Strips the "Path: … | LineNumber: … | BytePositionInLine: …" tail that we report in our own form.</summary>
    internal static string CleanMessage(string message) => PositionSuffix().Replace(message, string.Empty).Trim();

    [GeneratedRegex(@"\s*(Path:\s*\S*\s*\|\s*)?LineNumber:\s*\d+\s*\|\s*BytePositionInLine:\s*\d+\.?\s*$")]
    private static partial Regex PositionSuffix();

    private JsonNode? ReadValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, string path)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return ReadObject(ref reader, utf8, path);
            case JsonTokenType.StartArray:
                return ReadArray(ref reader, utf8, path);
            case JsonTokenType.String:
                return JsonValue.Create(reader.GetString());
            case JsonTokenType.True:
                return JsonValue.Create(true);
            case JsonTokenType.False:
                return JsonValue.Create(false);
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number:
                // Keep the number as written (no double round trip) so 0.1 stays 0.1 and big integers stay exact.
                return NegativeZero.Normalise(JsonElement.ParseValue(ref reader));
            default:
                throw new InvalidOperationException("unexpected token " + reader.TokenType.ToString());
        }
    }

    private JsonObject ReadObject(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, string path)
    {
        var obj = new JsonObject();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            var position = _lines.PositionOf(utf8, reader.TokenStartIndex);
            var childPath = JsonPaths.Property(path, name);
            reader.Read();
            if (obj.ContainsKey(name))
            {
                // Last-wins would silently drop a value the user wrote; report it instead.
                var first = _positions[childPath].Line;
                _errors.Add(new InputError(
                    _file,
                    childPath,
                    position.Line,
                    string.Create(CultureInfo.InvariantCulture, $"duplicate field '{name}' (first at line {first})")));
                reader.Skip();
                continue;
            }

            _positions[childPath] = position;
            obj[name] = ReadValue(ref reader, utf8, childPath);
        }

        return obj;
    }

    private JsonArray ReadArray(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, string path)
    {
        var array = new JsonArray();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var itemPath = JsonPaths.Index(path, array.Count);
            _positions[itemPath] = _lines.PositionOf(utf8, reader.TokenStartIndex);
            array.Add(ReadValue(ref reader, utf8, itemPath));
        }

        return array;
    }
}
