using MarketSim.Market.Parameters;

namespace MarketSim.Market.Events;

/// <summary>A lab's research productivity (and so its capability) jumps by <paramref name="Factor"/>.</summary>
/// <param name="Tick">Month of the breakthrough.</param>
/// <param name="Lab">Lab id.</param>
/// <param name="Factor">Multiplier of capability.</param>
[EventKind("lab-breakthrough")]
public sealed record LabBreakthrough(int Tick, string Lab, double Factor) : EventParameters(Tick), IMarketEvent, ICheckedEvent
{
    /// <inheritdoc />
    public void Apply(MarketModel market) => market.LabById(Lab).Breakthrough(Factor);

    /// <inheritdoc />
    public void Validate(string path, IScenarioChecks checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        checks.Lab(Lab, path + ".lab", atTick: Tick);
    }
}
