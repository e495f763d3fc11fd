namespace MarketSim.Scenarios.Observations;

/// <summary>A loaded observation file with the company map, shares and units that came with it.</summary>
/// <param name="File">The observation file, as given.</param>
/// <param name="Observations">Rows in file order.</param>
/// <param name="Companies">Company to model firm map (from <c>companies.csv</c> beside the file).</param>
/// <param name="Shares">The share of each reported figure the model measures (from <c>shares.csv</c> beside the file).</param>
public sealed record ObservationSet(string File, IReadOnlyList<Observation> Observations, CompanyMap Companies, MeasuredShares Shares)
{
    /// <summary>
    /// Rows of series the model does not measure, by series name (ordinal order): skipped and counted, not an error,
    /// so an observation file can hold series ahead of the model.
    /// </summary>
    public IReadOnlyDictionary<string, int> UnmeasuredSeries { get; init; } = new SortedDictionary<string, int>(StringComparer.Ordinal);

    /// <summary>The side tables (units.csv, companies.csv, shares.csv) read from the program's built-in copy, none being beside the file.</summary>
    public IReadOnlyList<string> BuiltInTables { get; init; } = [];

    /// <summary>A sentence naming the side tables taken from the built-in copy, or null when every one was beside the file.</summary>
    public string? BuiltInTablesNote() => BuiltInTables.Count == 0 ? null
        : $"{string.Join(", ", BuiltInTables)}: none beside the observation file, so the program's copy of the shipped "
          + $"{(BuiltInTables.Count == 1 ? "table" : "tables")} was used ({ObservationLoader.BuiltInFolder}).";
}
