namespace MarketSim.Engine;

/// <summary>What a <see cref="DataValue"/> holds.</summary>
public enum DataValueKind
{
    /// <summary>A double.</summary>
    Real,

    /// <summary>A 64-bit integer.</summary>
    Whole,

    /// <summary>A string.</summary>
    Text,
}
