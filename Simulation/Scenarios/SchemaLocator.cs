using System.Text.Json.Nodes;

namespace MarketSim.Scenarios;

/// <summary>Finds the JSON Schema a sweep or calibration file is checked against.</summary>
public static class SchemaLocator
{
    /// <summary>
    /// The schema for <paramref name="filePath"/>: its own <c>$schema</c> when that names an existing file
    /// (relative to the file), else <paramref name="schemaFileName"/> beside it, else
    /// <c>scenarios/<paramref name="schemaFileName"/></c> in the file's folder or any folder above it, the
    /// current directory, or the program's folder and those above it. Null when there is none (the binder
    /// still rejects unknown fields).
    /// </summary>
    public static string? Find(string filePath, JsonNode? root, string schemaFileName)
    {
        ArgumentNullException.ThrowIfNull(filePath);
        var folder = Path.GetDirectoryName(Path.GetFullPath(filePath)) ?? Environment.CurrentDirectory;
        if (root is JsonObject obj && obj["$schema"] is JsonValue value && value.TryGetValue<string>(out var named)
            && named.Length > 0 && !named.Contains("://", StringComparison.Ordinal) && named.IndexOfAny(Path.GetInvalidPathChars()) < 0)
        {
            var candidate = Path.GetFullPath(Path.Combine(folder, named));
            if (File.Exists(candidate))
                return candidate;
        }

        foreach (var start in new[] { folder, Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            if (File.Exists(Path.Combine(start, schemaFileName)))
                return Path.Combine(start, schemaFileName);
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "scenarios", schemaFileName);
                if (File.Exists(candidate))
                    return candidate;
            }
        }

        return null;
    }
}
