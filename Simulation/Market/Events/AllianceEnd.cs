using MarketSim.Market.Parameters;

namespace MarketSim.Market.Events;

/// <summary>Ends the alliance <paramref name="Alliance"/> at this tick (overriding its end_tick); member labs pay the exit penalty.</summary>
/// <param name="Tick">Month.</param>
/// <param name="Alliance">Alliance id.</param>
[EventKind("alliance-end")]
public sealed record AllianceEnd(int Tick, string Alliance) : EventParameters(Tick), IMarketEvent, ICheckedEvent
{
    /// <inheritdoc />
    public void Apply(MarketModel market) => AllianceEffects.End(market, market.AllianceById(Alliance), early: true);

    /// <inheritdoc />
    public void Validate(string path, IScenarioChecks checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        checks.Alliance(Alliance, path + ".alliance");
    }
}
