namespace MarketSim.Experiments;

/// <summary>Settings of a PRIM run (Friedman and Fisher 1999).</summary>
/// <param name="Alpha">Fraction of the box peeled per step (alpha; 0.05 is the usual choice).</param>
/// <param name="MinimumMass">Peeling stops before the box would hold less than this fraction of all points (beta_0).</param>
/// <param name="DensityThreshold">The selected box is the first (highest-coverage) box on the trajectory with at least this density.</param>
/// <param name="Paste">Whether to paste the selected box (grow it back while density rises).</param>
/// <param name="PasteAlpha">Fraction of the box's count that one pasting step may add.</param>
public sealed record PrimOptions(double Alpha = 0.05, double MinimumMass = 0.05, double DensityThreshold = 0.8,
    bool Paste = false, double PasteAlpha = 0.05)
{
    internal void Validate()
    {
        if (!(Alpha > 0 && Alpha < 0.5))
            throw new ArgumentOutOfRangeException(nameof(Alpha), Alpha, "Alpha must lie in (0, 0.5).");
        if (!(MinimumMass > 0 && MinimumMass <= 1))
            throw new ArgumentOutOfRangeException(nameof(MinimumMass), MinimumMass, "Minimum mass must lie in (0, 1].");
        if (!(DensityThreshold >= 0 && DensityThreshold <= 1))
            throw new ArgumentOutOfRangeException(nameof(DensityThreshold), DensityThreshold, "Density threshold must lie in [0, 1].");
        if (!(PasteAlpha > 0 && PasteAlpha < 1))
            throw new ArgumentOutOfRangeException(nameof(PasteAlpha), PasteAlpha, "Paste alpha must lie in (0, 1).");
    }
}
