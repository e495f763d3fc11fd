namespace MarketSim.Experiments;

/// <summary>How a swept parameter turns a unit coordinate into a value.</summary>
public enum DistributionKind
{
    /// <summary>An explicit list of values (numbers, or category indices when labelled).</summary>
    Discrete,

    /// <summary><c>uniform(min,max)</c>.</summary>
    Uniform,

    /// <summary><c>log-uniform(min,max)</c>: uniform in ln x, 0 &lt; min &lt; max.</summary>
    LogUniform,

    /// <summary><c>normal(mean,sd)</c>, optionally truncated to [lower, upper].</summary>
    Normal,

    /// <summary><c>triangular(min,mode,max)</c>.</summary>
    Triangular,

    /// <summary><c>integer(min,max)</c>: each integer in [min, max] equally likely, both ends included.</summary>
    IntegerRange,
}
