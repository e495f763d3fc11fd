namespace MarketSim.Market.Parameters;

/// <summary>
/// A scheduled event. Each kind is one record type deriving from this one, carrying
/// <see cref="EventKindAttribute"/> and knowing how to apply itself to the market, so adding a kind is
/// adding one type.
/// </summary>
/// <param name="Tick">Month at whose start the event applies.</param>
public abstract record EventParameters(int Tick)
{
    /// <summary>The kind as written in scenario files.</summary>
    public string Kind => EventKindAttribute.Of(GetType());
}
