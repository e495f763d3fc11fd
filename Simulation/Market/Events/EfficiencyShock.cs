using MarketSim.Market.Parameters;

namespace MarketSim.Market.Events;

/// <summary>Inference becomes cheaper (or dearer) at once: e(t) is multiplied by <paramref name="Factor"/> from the tick on.</summary>
/// <param name="Tick">Month of the shock.</param>
/// <param name="Factor">Multiplier of CU per WU (0.5 halves the compute needed).</param>
[EventKind("efficiency-shock")]
public sealed record EfficiencyShock(int Tick, double Factor) : EventParameters(Tick), IMarketEvent
{
    /// <inheritdoc />
    public void Apply(MarketModel market) => market.Efficiency.Factor *= Factor;
}
