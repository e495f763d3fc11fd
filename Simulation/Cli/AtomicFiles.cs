namespace MarketSim.Cli;

/// <summary>
/// Writes files under temporary names beside their targets and renames them into place only when every one is
/// complete, so a failure leaves neither a half-written file nor a new file beside an old or missing other.
/// </summary>
internal static class AtomicFiles
{
    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>, which is given the temporary path.</summary>
    public static void Write(string path, Action<string> write) => WriteAll([(path, write)]);

    /// <summary>Writes each file through its writer, given its temporary path, then renames them all into place.</summary>
    public static void WriteAll(IReadOnlyList<(string Path, Action<string> Write)> files)
    {
        var suffix = $".partial-{Environment.ProcessId}";
        try
        {
            foreach (var (path, write) in files)
            {
                write(path + suffix);
            }

            foreach (var (path, _) in files)
            {
                File.Move(path + suffix, path, overwrite: true);
            }
        }
        finally
        {
            foreach (var (path, _) in files)
            {
                File.Delete(path + suffix);
            }
        }
    }
}
