using System.Text.Json.Nodes;

namespace MarketSim.Scenarios;

/// <summary>
/// A parsed JSON file together with the line and column of every value, keyed by JSON path
/// (<c>$.labs[1].markup</c>), so later errors can point at the text the user wrote.
/// </summary>
public sealed class LocatedJson
{
    private readonly Dictionary<string, TextPosition> _positions;

    internal LocatedJson(string file, JsonNode? root, Dictionary<string, TextPosition> positions)
    {
        File = file;
        Root = root;
        _positions = positions;
    }

    /// <summary>The file as the user named it.</summary>
    public string File { get; }

    /// <summary>The parsed document; null when the file holds the literal <c>null</c>.</summary>
    public JsonNode? Root { get; }

    /// <summary>Every located path with its position: the property name for members, the value for array items.</summary>
    public IReadOnlyDictionary<string, TextPosition> Positions => _positions;

    /// <summary>The position of the value at <paramref name="jsonPath"/>, or null if the path is not in the file.</summary>
    public TextPosition? Find(string jsonPath) =>
        _positions.TryGetValue(jsonPath, out var position) ? position : null;

    /// <summary>
    /// Parses UTF-8 JSON (comments and trailing commas allowed, a BOM skipped).
    /// </summary>
    /// <exception cref="InputException">The text is not valid JSON or repeats a property name.</exception>
    public static LocatedJson Parse(string file, ReadOnlySpan<byte> utf8) => LocatedJsonParser.Parse(file, utf8);

    /// <summary>Reads and parses a file; a missing file or a directory is an <see cref="InputException"/>.</summary>
    /// <param name="path">The path to open.</param>
    /// <param name="displayName">How errors name the file; defaults to <paramref name="path"/>.</param>
    public static LocatedJson Load(string path, string? displayName = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = displayName ?? path;
        return Parse(name, InputFiles.ReadAllBytes(path, name));
    }
}
