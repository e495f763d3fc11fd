namespace MarketSim.Tests.Scenarios.Observations;

/// <summary>Hand-made observation files with the shipped units.csv, companies.csv and shares.csv beside them.</summary>
internal static class ObservationFiles
{
    public const string Header = "series,firm,period_start,period_end,value,unit,low,high,kind,source,note";

    public static readonly string Units = File.ReadAllText(Path.Combine(Support.Repository.Root, "scenarios", "observations", "units.csv"));

    public static readonly string Companies = File.ReadAllText(Path.Combine(Support.Repository.Root, "scenarios", "observations", "companies.csv"));

    public static readonly string Shares = File.ReadAllText(Path.Combine(Support.Repository.Root, "scenarios", "observations", "shares.csv"));

    /// <summary>Writes obs.csv (header plus <paramref name="rows"/>) with units.csv, companies.csv and shares.csv beside it; returns its path.</summary>
    public static string Write(TempFolder folder, params string[] rows)
    {
        folder.Write("units.csv", Units);
        folder.Write("companies.csv", Companies);
        folder.Write("shares.csv", Shares);
        return folder.Write("obs.csv", Header + "\n" + string.Join("\n", rows) + "\n");
    }
}
