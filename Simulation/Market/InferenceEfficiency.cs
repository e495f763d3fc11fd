using MarketSim.Market.Agents;

namespace MarketSim.Market;

/// <summary>
/// Compute per WU over time (docs/model.md 3.3.5): each lab's intensity e0 halves every H months and is
/// multiplied by efficiency shocks.
/// </summary>
public sealed class InferenceEfficiency
{
    private readonly double _halvingMonths;

    internal InferenceEfficiency(double halvingMonths) => _halvingMonths = halvingMonths;

    /// <summary>Global multiplier of compute per WU from efficiency shocks.</summary>
    public double Factor { get; internal set; } = 1;

    /// <summary>Compute per WU at <paramref name="tick"/> relative to an intensity of 1 at tick 0: 2^(-t/H) times shocks (for workloads without a lab).</summary>
    public double Relative(int tick) => Math.Pow(2, -tick / _halvingMonths) * Factor;

    /// <summary>CU per WU of <paramref name="lab"/> at <paramref name="tick"/>: e0 2^(-t/H) times shocks.</summary>
    // docs/model.md (5.1)
    public double Intensity(Lab lab, int tick) => lab.Parameters.InferenceIntensity * Math.Pow(2, -tick / _halvingMonths) * Factor;
}
