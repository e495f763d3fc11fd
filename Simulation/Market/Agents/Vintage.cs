namespace MarketSim.Market.Agents;

/// <summary>Accelerators delivered to a cloud in one month: capacity, book cost and retirement month.</summary>
/// <param name="Capacity">Million CU per month.</param>
/// <param name="CostPerCU">Book cost (chips and facilities) per million CU, USD billion.</param>
/// <param name="RetiresAt">First tick at which the units no longer serve.</param>
/// <param name="Vendor">Vendor id, or empty for the tick-0 fleet.</param>
public sealed record Vintage(double Capacity, double CostPerCU, int RetiresAt, string Vendor);
