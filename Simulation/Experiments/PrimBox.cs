namespace MarketSim.Experiments;

/// <summary>One box of a PRIM peeling trajectory, or a pasted box.</summary>
/// <param name="Step">Peeling step (0 = the box around all data); a pasted box keeps its source step.</param>
/// <param name="Bounds">Limits per input, in input order.</param>
/// <param name="Count">Points inside.</param>
/// <param name="Positives">Points inside with outcome true.</param>
/// <param name="Coverage">Positives inside / all positives (NaN if there are none).</param>
/// <param name="Density">Positives inside / points inside.</param>
/// <param name="Mass">Points inside / all points.</param>
public sealed record PrimBox(int Step, IReadOnlyList<PrimBound> Bounds, int Count, int Positives,
    double Coverage, double Density, double Mass)
{
    /// <summary>Indices of the inputs the box restricts, ascending.</summary>
    public IReadOnlyList<int> RestrictedDimensions =>
        Enumerable.Range(0, Bounds.Count).Where(d => Bounds[d].Restricted).ToArray();

    /// <summary>Whether a point lies inside the box.</summary>
    public bool Contains(ReadOnlySpan<double> point)
    {
        if (point.Length != Bounds.Count)
            throw new ArgumentException($"Expected {Bounds.Count} coordinates, got {point.Length}.", nameof(point));
        for (var d = 0; d < point.Length; d++)
        {
            if (!Bounds[d].Contains(point[d]))
                return false;
        }

        return true;
    }
}
