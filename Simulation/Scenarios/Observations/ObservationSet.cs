namespace MarketSim.Scenarios.Observations;

/// <summary>A loaded observation file with the company map, shares and units that came with it.</summary>
/// <param name="File">The observation file, as given.</param>
/// <param name="Observations">Rows in file order.</param>
/// <param name="Companies">Company to model firm map (from <c>companies.csv</c> beside the file).</param>
/// <param name="Shares">The share of each reported figure the model measures (from <c>shares.csv</c> beside the file).</param>
public sealed record ObservationSet(string File, IReadOnlyList<Observation> Observations, CompanyMap Companies, MeasuredShares Shares);
