namespace MarketSim.Scenarios.Observations;

/// <summary>
/// Which model firm stands for a company named in observation files (microsoft -> azure). Data, read from
/// <c>companies.csv</c> beside the observation file; a name the map lacks stands for itself.
/// </summary>
public sealed class CompanyMap
{
    private readonly Dictionary<string, string> _firms;

    /// <summary>Creates a map from company name to model firm id.</summary>
    public CompanyMap(IReadOnlyDictionary<string, string> firms)
    {
        ArgumentNullException.ThrowIfNull(firms);
        _firms = new Dictionary<string, string>(firms, StringComparer.Ordinal);
    }

    /// <summary>The map that sends every name to itself.</summary>
    public static CompanyMap Identity { get; } = new(new Dictionary<string, string>());

    /// <summary>The entries, ordered by company.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Entries => [.. _firms.OrderBy(e => e.Key, StringComparer.Ordinal)];

    /// <summary>The model firm for <paramref name="company"/>.</summary>
    public string FirmOf(string company) => _firms.GetValueOrDefault(company, company);
}
