using MarketSim.Market.Parameters;

namespace MarketSim.Market.Events;

/// <summary>Brings the alliance <paramref name="Alliance"/> into force at this tick (overriding its start_tick).</summary>
/// <param name="Tick">Month.</param>
/// <param name="Alliance">Alliance id.</param>
[EventKind("alliance-start")]
public sealed record AllianceStart(int Tick, string Alliance) : EventParameters(Tick), IMarketEvent, ICheckedEvent
{
    /// <inheritdoc />
    public void Apply(MarketModel market) => AllianceEffects.Start(market, market.AllianceById(Alliance));

    /// <inheritdoc />
    public void Validate(string path, IScenarioChecks checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        checks.Alliance(Alliance, path + ".alliance");
    }
}
