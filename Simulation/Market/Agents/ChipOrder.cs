namespace MarketSim.Market.Agents;

/// <summary>Accelerators ordered from a vendor and not yet shipped.</summary>
/// <param name="Buyer">The ordering cloud, or null for buyers outside the model.</param>
/// <param name="Units">Thousand units still to ship.</param>
/// <param name="Tick">Month the order was placed (negative for the supply line a fleet had at tick 0).</param>
/// <param name="ComputePerUnit">CU per unit of the generation ordered (a later generation does not change an order).</param>
/// <param name="Price">Price per thousand units agreed when the order was placed.</param>
/// <param name="Fleet">The ordering outside fleet, when <paramref name="Buyer"/> is null and the order is not v1 other demand.</param>
/// <param name="Due">First month the order may ship: the placing month, or later under a delivery lag (docs/model.md (6.20a)).</param>
public sealed record ChipOrder(Cloud? Buyer, double Units, int Tick, double ComputePerUnit, double Price, OutsideFleet? Fleet, int Due);
