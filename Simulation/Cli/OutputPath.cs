using MarketSim.Scenarios;

namespace MarketSim.Cli;

/// <summary>
/// Checks an output path before a command does any work, so a path it cannot use (empty, a file where a
/// folder is wanted or the reverse, under a file, in a folder it may not write) is bad input: one message
/// naming the path and what was expected, exit 2, nothing written. Without it the mistake surfaced only
/// when the results were saved, as an I/O error with exit 1 (found by fuzzing: <c>compare --out DIR</c>).
/// </summary>
internal static class OutputPath
{
    // Files that mark a folder as an earlier result that a new one may replace: a run's manifest, a backtest's scores.
    private static readonly string[] ReplaceableMarkers = ["manifest.json", "scores.csv"];

    /// <summary>
    /// A folder the command creates or writes into; with <paramref name="replaced"/> the folder is built
    /// beside it and renamed into place (<see cref="RunFolder"/>), so its parent must be writable too.
    /// Returns the full path without a trailing separator.
    /// </summary>
    public static string Folder(string path, bool replaced)
    {
        var full = Full(path, "a folder");
        if (System.IO.File.Exists(full))
            throw Error(path, "is an existing file; expected a folder");
        var existing = NearestExisting(path, full);
        if (replaced)
        {
            // Replacing deletes the folder: only an earlier result (a run's manifest, a backtest's scores) may go.
            if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any()
                && !ReplaceableMarkers.Any(m => System.IO.File.Exists(Path.Combine(full, m))))
                throw Error(path, $"is a folder that holds other files and no earlier result ({string.Join(" or ", ReplaceableMarkers)}), and it would be replaced; expected a new or empty folder, or an earlier result's folder");
            var parent = Path.GetDirectoryName(full) ?? throw Error(path, "is the root of a file system; expected a folder inside one");
            if (Directory.Exists(parent))
                Writable(path, parent);
        }

        Writable(path, existing);
        return full;
    }

    /// <summary>A file the command writes (creating its folder); <paramref name="companions"/> name the files written beside it.</summary>
    public static string File(string path, params Func<string, string>[] companions)
    {
        if (Path.EndsInDirectorySeparator(path))
            throw Error(path, "ends in a separator, so names a folder; expected a file path such as " + Path.Combine(path, "compare.csv"));
        var full = Full(path, "a file");
        foreach (var file in companions.Select(companion => companion(full)).Prepend(full))
        {
            if (Directory.Exists(file))
                throw Error(path, file == full
                    ? "is an existing folder; expected a file path such as " + Path.Combine(path, "compare.csv")
                    : $"the file written beside it, {file}, is an existing folder");
        }

        var folder = Path.GetDirectoryName(full) ?? full;
        if (System.IO.File.Exists(folder))
            throw Error(path, $"{folder} is a file, so it cannot hold one");
        Writable(path, NearestExisting(path, folder));
        return full;
    }

    private static string Full(string path, string what)
    {
        if (string.IsNullOrWhiteSpace(path))
            throw Error(path, $"expected {what} path, got an empty one");
        try
        {
            return Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw Error(path, $"is not a usable path ({e.Message})");
        }
    }

    /// <summary>The path itself or its nearest ancestor that exists: where the first folder gets made.</summary>
    private static string NearestExisting(string path, string full)
    {
        var current = full;
        while (!Directory.Exists(current))
        {
            if (System.IO.File.Exists(current))
                throw Error(path, $"{current} is a file, so no folder can be made inside it");
            current = Path.GetDirectoryName(current) ?? throw Error(path, "has no folder that exists above it");
        }

        return current;
    }

    /// <summary>
    /// Makes and removes an empty folder in <paramref name="folder"/>: the only test of permission that
    /// also covers ACLs, read-only mounts and pseudo file systems (/proc), which mode bits do not show.
    /// </summary>
    private static void Writable(string path, string folder)
    {
        var probe = Path.Combine(folder, $".marketsim-write-check-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(probe);
            Directory.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The exception's own text would name the probe, which the user never asked for.
            throw Error(path, e is UnauthorizedAccessException
                ? $"cannot write in {folder} (permission denied)"
                : $"cannot write in {folder} (the file system refused a new folder there)");
        }
    }

    private static InputException Error(string path, string message) =>
        new(new InputError(path.Length == 0 ? CommonOptions.OutName : $"{CommonOptions.OutName} {path}", null, null, message));
}
