using MarketSim.Market.Parameters;

namespace MarketSim.Market.Events;

/// <summary>Investors pull back: ln S is pushed down by <paramref name="Shock"/> every month for <paramref name="Months"/> months.</summary>
/// <param name="Tick">First month.</param>
/// <param name="Months">Duration.</param>
/// <param name="Shock">Monthly push on ln S (positive pushes down).</param>
[EventKind("funding-freeze")]
public sealed record FundingFreeze(int Tick, int Months, double Shock) : EventParameters(Tick), IMarketEvent
{
    /// <inheritdoc />
    public void Apply(MarketModel market)
    {
        for (var m = 0; m < Months; m++)
        {
            market.Schedule.At(Tick + m, () => market.AddSentimentShock(Shock), priority: 2, name: "funding-freeze");
        }
    }
}
