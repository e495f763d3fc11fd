using MarketSim.Market.Parameters;

namespace MarketSim.Market.Events;

/// <summary>Accelerator supply is multiplied by <paramref name="Factor"/> for some months (e.g. an export ban or a fab outage).</summary>
/// <param name="Tick">First month.</param>
/// <param name="Vendor">Vendor id, or null for every vendor.</param>
/// <param name="Factor">Multiplier of monthly supply.</param>
/// <param name="Months">Duration; null for the rest of the run.</param>
[EventKind("supply-shock")]
public sealed record SupplyShock(int Tick, string? Vendor, double Factor, int? Months) : EventParameters(Tick), IMarketEvent, ICheckedEvent
{
    /// <inheritdoc />
    public void Apply(MarketModel market)
    {
        foreach (var vendor in market.Vendors)
        {
            if (Vendor is null || vendor.FirmId == Vendor)
            {
                vendor.SupplyFactor *= Factor;
                if (Months is { } months)
                {
                    market.Schedule.At(Tick + months, () => vendor.SupplyFactor /= Factor, priority: 2, name: "supply-shock-end");
                }
            }
        }
    }

    /// <inheritdoc />
    public void Validate(string path, IScenarioChecks checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        if (Vendor is { } vendor)
        {
            checks.Vendor(vendor, path + ".vendor");
        }
    }
}
