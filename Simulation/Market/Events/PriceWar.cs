using System.Globalization;
using MarketSim.Market.Parameters;

namespace MarketSim.Market.Events;

/// <summary>Clouds cut their compute prices by <paramref name="Cut"/> at once (a price war).</summary>
/// <param name="Tick">Month of the cut.</param>
/// <param name="Clouds">Cloud ids, or null for every cloud.</param>
/// <param name="Cut">Fraction of the price cut (0.3 = 30% cheaper); the price floor at cost still holds.</param>
/// <param name="Months">Under the user-cost price rule, months for which the markup stays cut; null for the rest of the run.</param>
[EventKind("price-war")]
public sealed record PriceWar(int Tick, IReadOnlyList<string>? Clouds, double Cut, int? Months = null) : EventParameters(Tick), IMarketEvent, ICheckedEvent
{
    /// <inheritdoc />
    public void Apply(MarketModel market)
    {
        foreach (var cloud in market.Clouds)
        {
            if (Clouds is null || Clouds.Contains(cloud.FirmId))
            {
                cloud.CutPrice(Cut, Tick, Months);
            }
        }
    }

    /// <inheritdoc />
    public void Validate(string path, IScenarioChecks checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        if (Clouds is not { } clouds)
        {
            return;
        }

        for (var j = 0; j < clouds.Count; j++)
        {
            checks.Cloud(clouds[j], $"{path}.clouds[{j.ToString(CultureInfo.InvariantCulture)}]");
        }

        checks.NoRepeats(clouds, path + ".clouds");
    }
}
