namespace MarketSim.Experiments;

/// <summary>The limits of a PRIM box along one input.</summary>
/// <param name="Name">Input name (parameter path).</param>
/// <param name="Lower">Inclusive lower limit (for a categorical input, the smallest allowed category).</param>
/// <param name="Upper">Inclusive upper limit (for a categorical input, the largest allowed category).</param>
/// <param name="Categories">Allowed category values of a categorical input, ascending; null for ordered inputs.</param>
/// <param name="Restricted">True when the limits exclude some of the data's values on this input.</param>
public sealed record PrimBound(string Name, double Lower, double Upper, IReadOnlyList<double>? Categories, bool Restricted)
{
    /// <summary>Whether <paramref name="value"/> lies within this bound.</summary>
    public bool Contains(double value) => Categories is null
        ? value >= Lower && value <= Upper
        : Categories.Contains(value);
}
