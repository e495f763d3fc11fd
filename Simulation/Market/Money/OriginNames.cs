namespace MarketSim.Market.Money;

/// <summary>The ledger's origin names for money that firms put into the market themselves (docs/model.md 3.3.8).</summary>
public static class OriginNames
{
    /// <summary>The origin name of money a firm (or investor) invests in others.</summary>
    public static string Investment(string firmId) => "investment:" + firmId;

    /// <summary>The origin name of compute credits on a cloud.</summary>
    public static string Credits(string cloudId) => "credits:" + cloudId;
}
