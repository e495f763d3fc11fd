using MarketSim.Engine;
using MarketSim.Market.Money;

namespace MarketSim.Market.Agents;

/// <summary>What every firm is built with: the engine model it is an agent of, the ledger and the outside accounts.</summary>
/// <param name="Model">The engine model (for agent ids and the tick counter).</param>
/// <param name="Ledger">The provenance ledger.</param>
/// <param name="Outside">The accounts outside the model.</param>
public sealed record FirmServices(Model Model, Ledger Ledger, OutsideAccounts Outside);
