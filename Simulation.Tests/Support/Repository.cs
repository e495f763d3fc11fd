namespace MarketSim.Tests.Support;

/// <summary>The repository the tests run from: the first folder above the test binaries holding MarketSim.sln.</summary>
internal static class Repository
{
    private static readonly Lazy<string> Found = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MarketSim.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("MarketSim.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository root.</summary>
    public static string Root => Found.Value;
}
