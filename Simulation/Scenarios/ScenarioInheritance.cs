using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MarketSim.Scenarios;

/// <summary>
/// Resolves <c>"extends": "relative/path.json"</c> chains. Objects merge recursively (child wins);
/// arrays of objects keyed by <c>id</c> (else <c>name</c>) merge item by item, with
/// <c>{ "id": "x", "remove": true }</c> deleting an inherited item; other arrays, and an empty
/// child array, replace the parent's whole. A parent's <c>$schema</c> and <c>extends</c> are not inherited.
/// </summary>
internal sealed class ScenarioInheritance
{
    public const string ExtendsKey = "extends";

    /// <summary>Most files in one extends chain (the named file included).</summary>
    public const int MaxChain = 64;
    public const string SchemaKey = "$schema";
    private const string RemoveKey = "remove";
    private static readonly string[] MergeKeys = ["id", "name"];

    private readonly bool _showFullPaths;
    private readonly List<InputError> _errors = [];

    private ScenarioInheritance(bool showFullPaths)
    {
        _showFullPaths = showFullPaths;
    }

    public static ResolvedDocument Resolve(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = InputFiles.FullPath(path, path);
        var inheritance = new ScenarioInheritance(Path.IsPathRooted(path));
        var document = inheritance.Resolve(path, full, []);
        if (inheritance._errors.Count > 0)
            throw new InputException(inheritance._errors);
        return document;
    }

    private ResolvedDocument Resolve(string display, string fullPath, List<string> chain)
    {
        var source = LocatedJson.Load(fullPath, display);
        var origins = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var (path, position) in source.Positions)
            origins[path] = new SourceLocation(display, position.Line, position.Column);

        if (source.Root is not JsonObject root || !root.TryGetPropertyValue(ExtendsKey, out var extends))
            return new ResolvedDocument(display, source.Root, origins, [display]);

        var extendsPath = JsonPaths.Property(JsonPaths.Root, ExtendsKey);
        var line = source.Find(extendsPath)?.Line;
        if (extends?.GetValueKind() != JsonValueKind.String || extends.GetValue<string>().Length == 0)
            throw Fail(display, extendsPath, line, "extends must be a relative file path such as \"baseline-2025.json\"");

        var relative = extends.GetValue<string>();
        if (relative.Contains('\0', StringComparison.Ordinal))
            throw Fail(display, extendsPath, line, "extends must be a relative file path such as \"baseline-2025.json\"");
        var parentFull = InputFiles.FullPath(Path.Combine(Path.GetDirectoryName(fullPath)!, relative), display);
        var parentDisplay = _showFullPaths ? parentFull : Path.GetRelativePath(Environment.CurrentDirectory, parentFull);
        var here = new List<string>(chain) { fullPath };
        var loop = here.IndexOf(parentFull);
        if (loop >= 0)
        {
            var names = here.Skip(loop).Append(parentFull).Select(Show).ToList();
            // A long cycle is shown by its ends, so the message stays one readable line (found by fuzzing).
            var shown = names.Count <= 6 ? names : [.. names.Take(3), $"... ({names.Count - 1} files in all)", .. names.TakeLast(2)];
            throw Fail(display, extendsPath, line, "extends cycle: " + string.Join(" -> ", shown));
        }

        if (here.Count >= MaxChain)
            throw Fail(display, extendsPath, line, $"extends chain longer than {MaxChain} files; a scenario inherits from a handful at most");

        if (Directory.Exists(parentFull))
            throw Fail(display, extendsPath, line, $"extended file '{relative}' is a directory ({parentDisplay})");
        if (!System.IO.File.Exists(parentFull))
            throw Fail(display, extendsPath, line, $"extended file '{relative}' not found (looked for {parentDisplay})");

        var parent = Resolve(parentDisplay, parentFull, here);
        return Merge(parent, new ResolvedDocument(display, root, origins, [display]));
    }

    private string Show(string fullPath) =>
        _showFullPaths ? fullPath : Path.GetRelativePath(Environment.CurrentDirectory, fullPath);

    private static InputException Fail(string file, string path, int? line, string message) =>
        new(new InputError(file, path, line, message));

    private ResolvedDocument Merge(ResolvedDocument parent, ResolvedDocument child)
    {
        var origins = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var merge = new Merger(parent.Origins, child.Origins, origins, _errors, child.File);
        var root = merge.Node(parent.Root, JsonPaths.Root, child.Root, JsonPaths.Root, JsonPaths.Root, isRoot: true);
        return new ResolvedDocument(child.File, root, origins, [child.File, .. parent.Files]);
    }

    /// <summary>One parent/child merge: builds the merged tree and records where each value came from.</summary>
    private sealed class Merger(
        Dictionary<string, SourceLocation> parentOrigins,
        Dictionary<string, SourceLocation> childOrigins,
        Dictionary<string, SourceLocation> origins,
        List<InputError> errors,
        string childFile)
    {
        public JsonNode? Node(JsonNode? parent, string parentPath, JsonNode? child, string childPath, string outPath, bool isRoot)
        {
            if (parent is JsonObject parentObject && child is JsonObject childObject)
                return Object(parentObject, parentPath, childObject, childPath, outPath, isRoot);
            if (parent is JsonArray parentArray && child is JsonArray childArray && MergeKey(parentArray, childArray) is string key)
                return Array(parentArray, parentPath, childArray, childPath, outPath, key);
            return Copy(child, childPath, outPath, childOrigins);
        }

        private JsonObject Object(JsonObject parent, string parentPath, JsonObject child, string childPath, string outPath, bool isRoot)
        {
            Attribute(outPath, childPath, childOrigins);
            var result = new JsonObject();
            foreach (var (name, value) in parent)
            {
                if (isRoot && name is ExtendsKey or SchemaKey)
                    continue;
                var outChild = JsonPaths.Property(outPath, name);
                result[name] = child.TryGetPropertyValue(name, out var childValue)
                    ? Node(value, JsonPaths.Property(parentPath, name), childValue, JsonPaths.Property(childPath, name), outChild, isRoot: false)
                    : Copy(value, JsonPaths.Property(parentPath, name), outChild, parentOrigins);
            }

            foreach (var (name, value) in child)
            {
                if (!result.ContainsKey(name))
                    result[name] = Copy(value, JsonPaths.Property(childPath, name), JsonPaths.Property(outPath, name), childOrigins);
            }

            return result;
        }

        private JsonArray Array(JsonArray parent, string parentPath, JsonArray child, string childPath, string outPath, string key)
        {
            Attribute(outPath, childPath, childOrigins);
            var entries = new List<Entry>();
            for (var i = 0; i < parent.Count; i++)
                entries.Add(new Entry(KeyOf(parent[i]!, key), parent[i]!.AsObject(), JsonPaths.Index(parentPath, i)));

            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var j = 0; j < child.Count; j++)
            {
                var item = child[j]!.AsObject();
                var itemKey = KeyOf(item, key);
                var itemPath = JsonPaths.Index(childPath, j);
                if (!seen.TryAdd(itemKey, j))
                {
                    errors.Add(Error(itemPath, string.Create(CultureInfo.InvariantCulture, $"{key} '{itemKey}' appears twice in this array (also at index {seen[itemKey]})")));
                    continue;
                }

                var inherited = entries.FindIndex(e => e.Parent is not null && e.Key == itemKey);
                if (IsRemoval(item))
                {
                    if (inherited < 0)
                        errors.Add(Error(itemPath, $"cannot remove {key} '{itemKey}': no inherited item has it"));
                    else
                        entries[inherited] = entries[inherited] with { Removed = true };
                }
                else if (inherited >= 0)
                {
                    entries[inherited] = entries[inherited] with { Child = item, ChildPath = itemPath };
                }
                else
                {
                    entries.Add(new Entry(itemKey, null, null, item, itemPath));
                }
            }

            var result = new JsonArray();
            foreach (var entry in entries)
            {
                if (entry.Removed)
                    continue;
                var outItem = JsonPaths.Index(outPath, result.Count);
                var merged = entry switch
                {
                    { Parent: not null, Child: not null } => Object(entry.Parent, entry.ParentPath!, entry.Child, entry.ChildPath!, outItem, isRoot: false),
                    { Parent: not null } => Copy(entry.Parent, entry.ParentPath!, outItem, parentOrigins),
                    _ => Copy(entry.Child, entry.ChildPath!, outItem, childOrigins),
                };
                // "remove": false only says "keep"; it is merge syntax, not a model field.
                merged!.AsObject().Remove(RemoveKey);
                result.Add(merged);
            }

            return result;
        }

        private InputError Error(string childPath, string message)
        {
            var location = childOrigins.TryGetValue(childPath, out var found) ? found : null;
            return new InputError(childFile, childPath, location?.Line, message);
        }

        private static bool IsRemoval(JsonObject item) =>
            item.TryGetPropertyValue(RemoveKey, out var remove) && remove?.GetValueKind() == JsonValueKind.True;

        /// <summary>
        /// The key to merge by, or null to replace the array: every item on both sides must be an
        /// object with a string or number value for it. An empty child array means "replace with nothing".
        /// </summary>
        private static string? MergeKey(JsonArray parent, JsonArray child)
        {
            if (child.Count == 0)
                return null;
            foreach (var key in MergeKeys)
            {
                if (parent.All(item => HasKey(item, key)) && child.All(item => HasKey(item, key)))
                    return key;
            }

            return null;
        }

        private static bool HasKey(JsonNode? item, string key) =>
            item is JsonObject obj
            && obj.TryGetPropertyValue(key, out var value)
            && value?.GetValueKind() is JsonValueKind.String or JsonValueKind.Number;

        private static string KeyOf(JsonNode item, string key)
        {
            var value = item[key]!;
            return value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
        }

        private JsonNode? Copy(JsonNode? node, string fromPath, string outPath, Dictionary<string, SourceLocation> from)
        {
            CopyOrigins(node, fromPath, outPath, from);
            return node?.DeepClone();
        }

        private void CopyOrigins(JsonNode? node, string fromPath, string outPath, Dictionary<string, SourceLocation> from)
        {
            Attribute(outPath, fromPath, from);
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (name, value) in obj)
                        CopyOrigins(value, JsonPaths.Property(fromPath, name), JsonPaths.Property(outPath, name), from);
                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                        CopyOrigins(array[i], JsonPaths.Index(fromPath, i), JsonPaths.Index(outPath, i), from);
                    break;
            }
        }

        private void Attribute(string outPath, string fromPath, Dictionary<string, SourceLocation> from)
        {
            if (from.TryGetValue(fromPath, out var location))
                origins[outPath] = location;
        }

        private sealed record Entry(string Key, JsonObject? Parent, string? ParentPath, JsonObject? Child = null, string? ChildPath = null, bool Removed = false);
    }
}
