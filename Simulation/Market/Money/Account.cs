namespace MarketSim.Market.Money;

/// <summary>
/// One account of the ledger: a balance split by origin. Firm accounts hold money; outside accounts
/// (customers, the outside economy, investors) are sources and sinks whose balance goes negative as they
/// put money in.
/// </summary>
public sealed class Account
{
    private double[] _byOrigin;
    private double[] _inflowThisTick;

    internal Account(int index, string id, bool isOutside, int sourceOrigin, int originCapacity)
    {
        Index = index;
        Id = id;
        IsOutside = isOutside;
        SourceOrigin = sourceOrigin;
        _byOrigin = new double[originCapacity];
        _inflowThisTick = new double[originCapacity];
    }

    /// <summary>
    /// The balance kept as a running total of whole transfers, independently of the origin split, so the
    /// invariant "every origin split sums to its balance" is a real check.
    /// </summary>
    public double Total { get; internal set; }

    /// <summary>Position in the ledger, in order of opening.</summary>
    public int Index { get; }

    /// <summary>Account id: a firm id, or an outside account's name.</summary>
    public string Id { get; }

    /// <summary>True for the outside economy, customers, investors and other sources and sinks.</summary>
    public bool IsOutside { get; }

    /// <summary>The origin an outside account's payments carry (-1 for firm accounts).</summary>
    public int SourceOrigin { get; }

    /// <summary>The balance, the sum of the origin split (added in origin order).</summary>
    public double Balance
    {
        get
        {
            var total = 0.0;
            foreach (var amount in _byOrigin)
            {
                total += amount;
            }

            return total;
        }
    }

    /// <summary>Amount held of origin <paramref name="origin"/>.</summary>
    public double OfOrigin(int origin) => origin < _byOrigin.Length ? _byOrigin[origin] : 0;

    /// <summary>Revenue received this tick with origin <paramref name="origin"/> (payments for goods and services, not funding).</summary>
    public double ReceivedThisTick(int origin) => origin < _inflowThisTick.Length ? _inflowThisTick[origin] : 0;

    internal Span<double> ByOrigin => _byOrigin;

    internal Span<double> Inflow => _inflowThisTick;

    internal void Grow(int originCapacity)
    {
        if (originCapacity > _byOrigin.Length)
        {
            Array.Resize(ref _byOrigin, originCapacity);
            Array.Resize(ref _inflowThisTick, originCapacity);
        }
    }

    internal void ResetTick() => Array.Clear(_inflowThisTick);
}
