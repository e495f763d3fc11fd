namespace MarketSim.Market.Parameters;

/// <summary>What kind of alliance (docs/model.md 3.3.12); scenario files spell it in lower case.</summary>
public enum AllianceKind
{
    /// <summary>A cloud with labs (and vendors): priority, lock-in, commitments, investments.</summary>
    Vertical,

    /// <summary>Clouds and labs opening up to each other: interop and portability.</summary>
    Horizontal,
}
