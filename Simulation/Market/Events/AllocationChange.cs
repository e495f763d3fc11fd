using MarketSim.Market.Parameters;

namespace MarketSim.Market.Events;

/// <summary>
/// A lab's compute allocation (its <c>cloud_allocation</c>, the affinity of docs/model.md (5.21)) becomes
/// <paramref name="CloudAllocation"/> from this tick: a deal that moves a lab's compute to other clouds at a date.
/// </summary>
/// <param name="Tick">Month the new allocation applies from.</param>
/// <param name="Lab">Lab id.</param>
/// <param name="CloudAllocation">Share of the lab's compute bought from each cloud, by cloud id; sums to 1.</param>
[EventKind("allocation-change")]
public sealed record AllocationChange(int Tick, string Lab, IReadOnlyDictionary<string, double> CloudAllocation) : EventParameters(Tick), IMarketEvent, ICheckedEvent
{
    /// <inheritdoc />
    public void Apply(MarketModel market)
    {
        ArgumentNullException.ThrowIfNull(market);
        var affinity = new double[market.Clouds.Count];
        for (var c = 0; c < affinity.Length; c++)
        {
            affinity[c] = CloudAllocation.TryGetValue(market.Clouds[c].FirmId, out var share) ? share : 0;
        }

        AllianceEffects.ChangeAllocation(market, market.LabById(Lab), affinity);
    }

    /// <inheritdoc />
    public void Validate(string path, IScenarioChecks checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        checks.Lab(Lab, path + ".lab", atTick: Tick);
        checks.CloudAllocation(CloudAllocation, path + ".cloud_allocation");
    }
}
