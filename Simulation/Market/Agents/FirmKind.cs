namespace MarketSim.Market.Agents;

/// <summary>The three layers of the race.</summary>
public enum FirmKind
{
    /// <summary>A model lab (the horses).</summary>
    Lab,

    /// <summary>A cloud provider (the racetrack).</summary>
    Cloud,

    /// <summary>An accelerator vendor (the racetrack's suppliers).</summary>
    Vendor,
}
