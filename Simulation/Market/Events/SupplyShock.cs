using MarketSim.Market.Parameters;

namespace MarketSim.Market.Events;

/// <summary>Accelerator supply is multiplied by <paramref name="Factor"/> for some months (e.g. an export ban or a fab outage).</summary>
/// <param name="Tick">First month.</param>
/// <param name="Vendor">Vendor id, or null for every vendor.</param>
/// <param name="Factor">Multiplier of monthly supply.</param>
/// <param name="Months">Duration; null for the rest of the run.</param>
[EventKind("supply-shock")]
public sealed record SupplyShock(int Tick, string? Vendor, double Factor, int? Months) : EventParameters(Tick);
