namespace MarketSim.Market.Parameters;

/// <summary>A cloud's own accelerator programme (TPU, Trainium).</summary>
/// <param name="Vendor">The vendor id that makes the chip for this cloud.</param>
/// <param name="Share">Fixed share of the cloud's accelerator orders that go to it.</param>
public sealed record OwnChipParameters(string Vendor, double Share);
