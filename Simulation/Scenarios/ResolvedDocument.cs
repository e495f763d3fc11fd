using System.Text.Json.Nodes;

namespace MarketSim.Scenarios;

/// <summary>
/// A scenario document after <c>extends</c> inheritance (and, once applied, <c>--set</c> overrides):
/// the merged JSON plus, for every JSON path, the file and line the value came from.
/// </summary>
public sealed class ResolvedDocument
{
    private readonly Dictionary<string, SourceLocation> _origins;

    internal ResolvedDocument(string file, JsonNode? root, Dictionary<string, SourceLocation> origins, IReadOnlyList<string> files)
    {
        File = file;
        Root = root;
        _origins = origins;
        Files = files;
    }

    /// <summary>The file the user named (the most derived one).</summary>
    public string File { get; }

    /// <summary>The merged document. The named file's own <c>$schema</c> and <c>extends</c> are kept.</summary>
    public JsonNode? Root { get; }

    /// <summary>The inheritance chain, the named file first and its furthest ancestor last.</summary>
    public IReadOnlyList<string> Files { get; }

    internal Dictionary<string, SourceLocation> Origins => _origins;

    /// <summary>Loads a file and resolves its <c>extends</c> chain.</summary>
    /// <exception cref="InputException">A file is missing or malformed, or the chain has a cycle.</exception>
    public static ResolvedDocument Load(string path) => ScenarioInheritance.Resolve(path);

    /// <summary>
    /// Where the value at <paramref name="jsonPath"/> was written. A path that was not written itself
    /// (say a field added by an override) takes the location of its nearest located ancestor.
    /// </summary>
    public SourceLocation Locate(string jsonPath)
    {
        ArgumentNullException.ThrowIfNull(jsonPath);
        for (var path = jsonPath; path is not null; path = JsonPaths.Parent(path))
        {
            if (_origins.TryGetValue(path, out var location))
                return location;
        }

        return new SourceLocation(File, null, null);
    }

    /// <summary>An error at <paramref name="jsonPath"/>, naming the file and line the value came from.</summary>
    public InputError ErrorAt(string jsonPath, string message)
    {
        var location = Locate(jsonPath);
        return new InputError(location.File, jsonPath, location.Line, message);
    }

    /// <summary>Records that the subtree at <paramref name="jsonPath"/> now comes from <paramref name="location"/>.</summary>
    internal void Reattribute(string jsonPath, JsonNode? oldValue, SourceLocation location)
    {
        Forget(oldValue, jsonPath);
        _origins[jsonPath] = location;
    }

    private void Forget(JsonNode? node, string path)
    {
        _origins.Remove(path);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                    Forget(child, JsonPaths.Property(path, name));
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                    Forget(array[i], JsonPaths.Index(path, i));
                break;
        }
    }
}
