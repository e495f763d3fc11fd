using System.Globalization;
using System.Text.Json.Nodes;

namespace MarketSim.Scenarios;

/// <summary>
/// Builds JSON paths in the <c>$.labs[0].markup</c> form that System.Text.Json also uses in its
/// exceptions, so paths from our parser, the schema validator and the binder meet in one map.
/// </summary>
internal static class JsonPaths
{
    public const string Root = "$";

    public static string Property(string parent, string name) =>
        IsPlainName(name) ? parent + "." + name : parent + "['" + name + "']";

    public static string Index(string parent, int index) =>
        parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>The path one level up, or null at the root.</summary>
    public static string? Parent(string path)
    {
        if (path.Length <= 1)
            return null;
        int cut;
        if (path.EndsWith("']", StringComparison.Ordinal))
            cut = path.LastIndexOf("['", StringComparison.Ordinal);
        else if (path.EndsWith(']'))
            cut = path.LastIndexOf('[');
        else
            cut = path.LastIndexOf('.');
        return cut <= 0 ? Root : path[..cut];
    }

    /// <summary>
    /// Converts a JSON Pointer (as schema validators report) to a path, using the instance to
    /// tell array indices from property names that happen to be digits.
    /// </summary>
    public static string FromPointer(string pointer, JsonNode? root) => FromPointer(pointer, root, out _);

    /// <summary>As <see cref="FromPointer(string, JsonNode?)"/>, also giving the value found there (null if absent).</summary>
    public static string FromPointer(string pointer, JsonNode? root, out JsonNode? node)
    {
        var path = Root;
        node = root;
        if (pointer.Length == 0)
            return path;
        foreach (var raw in pointer[1..].Split('/'))
        {
            // RFC 6901 order: ~1 before ~0, so "~01" stays "~1".
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (node is JsonArray array
                && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                path = Index(path, index);
                node = index < array.Count ? array[index] : null;
            }
            else
            {
                path = Property(path, segment);
                node = node is JsonObject obj && obj.TryGetPropertyValue(segment, out var child) ? child : null;
            }
        }

        return path;
    }

    private static bool IsPlainName(string name)
    {
        if (name.Length == 0)
            return false;
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '$'))
                return false;
        }

        return true;
    }
}
