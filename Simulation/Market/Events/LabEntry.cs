using MarketSim.Market.Parameters;

namespace MarketSim.Market.Events;

/// <summary>A new lab enters the market.</summary>
/// <param name="Tick">Month of entry.</param>
/// <param name="Lab">The new lab (its id must be new).</param>
[EventKind("lab-entry")]
public sealed record LabEntry(int Tick, LabParameters Lab) : EventParameters(Tick), IMarketEvent, ICheckedEvent
{
    /// <inheritdoc />
    public void Apply(MarketModel market) => market.EnterLab(Lab);

    /// <inheritdoc />
    public void Validate(string path, IScenarioChecks checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        checks.EnteringLab(Lab, path + ".lab");
    }
}
