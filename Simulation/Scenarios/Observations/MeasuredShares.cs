namespace MarketSim.Scenarios.Observations;

/// <summary>
/// The share of a reported figure that the model firm's measure stands for, per series and firm as written in
/// the observation file (NVIDIA's data-centre revenue includes networking, which the model books as facility
/// cost, so its chip revenue is 0.84 of it). Data, read from <c>shares.csv</c> beside the observation file; a
/// pair the table lacks has share 1.
/// </summary>
public sealed class MeasuredShares
{
    private readonly Dictionary<(string Series, string Firm), double> _shares;

    /// <summary>Creates the table from (series, firm) to share in (0, 1].</summary>
    public MeasuredShares(IReadOnlyDictionary<(string Series, string Firm), double> shares)
    {
        ArgumentNullException.ThrowIfNull(shares);
        _shares = new Dictionary<(string, string), double>(shares);
    }

    /// <summary>The table in which every figure is wholly the model's measure.</summary>
    public static MeasuredShares None { get; } = new(new Dictionary<(string, string), double>());

    /// <summary>The (series, firm) pairs the table lists, in no particular order.</summary>
    public IEnumerable<(string Series, string Firm)> Pairs => _shares.Keys;

    /// <summary>The share of <paramref name="series"/> as reported for <paramref name="firm"/> that the model measures (1 when not listed).</summary>
    public double Of(string series, string firm) => _shares.GetValueOrDefault((series, firm), 1.0);
}
