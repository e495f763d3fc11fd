namespace MarketSim.Experiments;

/// <summary>The sampling scheme of a sweep.</summary>
public enum SweepDesignKind
{
    /// <summary>Full factorial over values or evenly spaced levels.</summary>
    Grid,

    /// <summary>Latin hypercube (McKay, Beckman and Conover 1979).</summary>
    LatinHypercube,

    /// <summary>Saltelli (2010) A, B, AB_i matrices from a scrambled Sobol sequence, for Sobol indices.</summary>
    Sobol,

    /// <summary>Morris (1991) one-at-a-time trajectories, for elementary effects.</summary>
    Morris,
}
