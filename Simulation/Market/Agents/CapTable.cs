namespace MarketSim.Market.Agents;

/// <summary>Who owns how many shares of a firm, in order of first purchase.</summary>
public sealed class CapTable
{
    /// <summary>The holder standing for founders, staff and the public market.</summary>
    public const string Incumbents = "incumbents";

    /// <summary>The holder standing for outside investors in funding rounds.</summary>
    public const string External = "external";

    private readonly List<string> _holders = [];
    private readonly List<double> _shares = [];

    /// <summary>Creates a table with <paramref name="shares"/> million shares held by incumbents.</summary>
    public CapTable(double shares)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(shares);
        Issue(Incumbents, shares);
    }

    /// <summary>Shares outstanding, million.</summary>
    public double Outstanding { get; private set; }

    /// <summary>Holders in order of first purchase.</summary>
    public IReadOnlyList<string> Holders => _holders;

    /// <summary>Shares held by <paramref name="holder"/>.</summary>
    public double SharesOf(string holder)
    {
        var at = _holders.IndexOf(holder);
        return at < 0 ? 0 : _shares[at];
    }

    /// <summary>Fraction of the firm owned by <paramref name="holder"/>.</summary>
    public double FractionOf(string holder) => SharesOf(holder) / Outstanding;

    /// <summary>New shares for <paramref name="holder"/> (a primary issue dilutes everyone else).</summary>
    public void Issue(string holder, double shares)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(shares);
        Add(holder, shares);
        Outstanding += shares;
    }

    /// <summary>Moves existing shares from incumbents to <paramref name="holder"/> (a secondary purchase).</summary>
    public void Transfer(string holder, double shares)
    {
        var at = _holders.IndexOf(Incumbents);
        var available = at < 0 ? 0 : _shares[at];
        if (shares > available * (1 + 1e-12))
        {
            throw new InvalidOperationException($"Only {available} incumbent shares are available, {shares} were asked.");
        }

        _shares[at] = Math.Max(0, available - shares);
        Add(holder, shares);
    }

    private void Add(string holder, double shares)
    {
        var at = _holders.IndexOf(holder);
        if (at < 0)
        {
            _holders.Add(holder);
            _shares.Add(shares);
        }
        else
        {
            _shares[at] += shares;
        }
    }
}
