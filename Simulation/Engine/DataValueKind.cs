namespace MarketSim.Engine;

/// <summary>What a <see cref="DataValue"/> holds.</summary>
public enum DataValueKind
{
    /// <summary>A double.</summary>
    Number,

    /// <summary>A 64-bit integer.</summary>
    Integer,

    /// <summary>A string.</summary>
    Text,
}
