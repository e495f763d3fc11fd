namespace MarketSim.Experiments;

/// <summary>The outcome of a PRIM run.</summary>
/// <param name="Trajectory">The peeling trajectory, step 0 first; coverage never rises along it.</param>
/// <param name="Selected">The first trajectory box whose density reaches the threshold (pasted when asked), or null if none does.</param>
/// <param name="Peeled">The trajectory box <see cref="Selected"/> came from, or null.</param>
/// <param name="Options">The settings used.</param>
public sealed record PrimResult(IReadOnlyList<PrimBox> Trajectory, PrimBox? Selected, PrimBox? Peeled, PrimOptions Options)
{
    /// <summary>The first trajectory box with density at least <paramref name="threshold"/> (highest coverage among those), or null.</summary>
    public PrimBox? SelectByDensity(double threshold) => Trajectory.FirstOrDefault(b => b.Density >= threshold);
}
