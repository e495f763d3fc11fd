namespace MarketSim.Scenarios;

/// <summary>Reads user-named files, turning file-system failures into <see cref="InputException"/>.</summary>
internal static class InputFiles
{
    /// <summary>
    /// The absolute form of a user-named path; an empty or unusable one (a NUL character, too long) is bad
    /// input, not a crash (found by fuzzing: <c>validate ""</c> ended in an ArgumentException).
    /// </summary>
    public static string FullPath(string path, string displayName)
    {
        if (string.IsNullOrWhiteSpace(path))
            throw new InputException(new InputError(string.IsNullOrWhiteSpace(displayName) ? "(empty path)" : displayName, null, null, "expected a file path, got an empty one"));
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new InputException(new InputError(displayName, null, null, "not a usable file path: " + e.Message));
        }
    }

    public static byte[] ReadAllBytes(string path, string displayName)
    {
        if (Directory.Exists(path))
            throw new InputException(new InputError(displayName, null, null, "is a directory, expected a JSON file"));
        if (!File.Exists(path))
            throw new InputException(new InputError(displayName, null, null, "file not found"));
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (IOException e)
        {
            throw new InputException(new InputError(displayName, null, null, "cannot read file: " + e.Message));
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InputException(new InputError(displayName, null, null, "cannot read file: " + e.Message));
        }
    }
}
