using MarketSim.Market.Agents;

namespace MarketSim.Market;

/// <summary>
/// What one default did (docs/model.md 3.3.16), kept for the invariants of the tick: the fleet sold and scrapped,
/// the write-off against the balance after the sale, and every liquidation payment with the holder's fraction.
/// </summary>
/// <param name="Firm">The defaulted firm.</param>
/// <param name="FleetBook">Book value of the fleet offered, USD billion.</param>
/// <param name="FleetOffered">Capacity offered, million CU.</param>
/// <param name="Sales">Per buyer: capacity bought and the price paid.</param>
/// <param name="Scrapped">Capacity scrapped, million CU.</param>
/// <param name="BalanceAfterSale">The firm's balance after the fleet sale.</param>
/// <param name="WriteOff">Debt written off by the lenders.</param>
/// <param name="Payments">Liquidation per holder: fraction of the shares and amount paid.</param>
public sealed record DefaultRecord(
    Firm Firm,
    double FleetBook,
    double FleetOffered,
    IReadOnlyList<(Cloud Buyer, double Capacity, double Price)> Sales,
    double Scrapped,
    double BalanceAfterSale,
    double WriteOff,
    IReadOnlyList<(string Holder, double Fraction, double Amount)> Payments);
