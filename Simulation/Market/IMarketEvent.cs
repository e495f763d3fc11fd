namespace MarketSim.Market;

/// <summary>An event kind's behaviour: what it does to the market at its tick.</summary>
public interface IMarketEvent
{
    /// <summary>Applies the event at the start of its tick.</summary>
    void Apply(MarketModel market);
}
