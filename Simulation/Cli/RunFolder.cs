namespace MarketSim.Cli;

/// <summary>
/// A run's output folder written under a temporary name and renamed into place when complete, so an
/// interrupted run never leaves a folder that looks finished. A path it cannot use is bad input
/// (<see cref="OutputPath"/>), found before anything is written.
/// </summary>
internal sealed class RunFolder : IDisposable
{
    private bool _committed;

    public RunFolder(string finalPath)
    {
        FinalPath = OutputPath.Folder(finalPath, replaced: true);
        var parent = Path.GetDirectoryName(FinalPath) ?? ".";
        Directory.CreateDirectory(parent);
        TempPath = Path.Combine(parent, $".{Path.GetFileName(FinalPath)}.partial-{Environment.ProcessId}");
        if (Directory.Exists(TempPath))
        {
            Directory.Delete(TempPath, recursive: true);
        }

        Directory.CreateDirectory(TempPath);
    }

    /// <summary>Where the run ends up.</summary>
    public string FinalPath { get; }

    /// <summary>Where it is written meanwhile.</summary>
    public string TempPath { get; }

    /// <summary>Moves the finished folder into place, replacing an older run at the same path.</summary>
    public void Commit()
    {
        if (Directory.Exists(FinalPath))
        {
            var old = FinalPath + $".old-{Environment.ProcessId}";
            Directory.Move(FinalPath, old);
            Directory.Move(TempPath, FinalPath);
            Directory.Delete(old, recursive: true);
        }
        else
        {
            Directory.Move(TempPath, FinalPath);
        }

        _committed = true;
    }

    /// <summary>Removes the temporary folder unless committed.</summary>
    public void Dispose()
    {
        if (!_committed && Directory.Exists(TempPath))
        {
            Directory.Delete(TempPath, recursive: true);
        }
    }
}
