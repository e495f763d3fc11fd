using System.Globalization;
using System.Text;

namespace MarketSim.Tests.Fuzz;

/// <summary>A temporary folder for one fuzz test, with a fresh sub-folder per generated case (cases run on several threads).</summary>
internal sealed class FuzzFolder : IDisposable
{
    private int _next;

    public FuzzFolder(string name)
    {
        Root = Path.Combine(Path.GetTempPath(), $"marketsim-fuzz-{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>A new empty folder for one case.</summary>
    public string NewCase()
    {
        var path = Path.Combine(Root, Interlocked.Increment(ref _next).ToString("D6", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(path);
        return path;
    }

    public static string Write(string folder, string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes(text));
        return path;
    }

    /// <summary>Deletes a case's folder once it passed, so the disk does not fill over thousands of cases.</summary>
    public static void Clean(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail a test.
        }
    }
}
