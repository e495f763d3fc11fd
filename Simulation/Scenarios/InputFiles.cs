namespace MarketSim.Scenarios;

/// <summary>Reads user-named files, turning file-system failures into <see cref="InputException"/>.</summary>
internal static class InputFiles
{
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
