namespace MarketSim.Experiments;

/// <summary>
/// Where the rows of a Morris design sit: trajectory t occupies points t(k+1) .. t(k+1)+k, and
/// between its points s and s+1 only parameter <see cref="ChangedParameter"/>[t][s] moves, by
/// +/- <see cref="Delta"/> in unit coordinates.
/// </summary>
/// <param name="Trajectories">r.</param>
/// <param name="Levels">p, the number of grid levels (even).</param>
/// <param name="Delta">The unit-space jump, p / (2 (p - 1)) (Campolongo, Cariboni and Saltelli 2007).</param>
/// <param name="ChangedParameter">Per trajectory, the parameter moved at each of its k steps.</param>
public sealed record MorrisLayout(int Trajectories, int Levels, double Delta, IReadOnlyList<IReadOnlyList<int>> ChangedParameter)
{
    /// <summary>Index of point <paramref name="step"/> (0..k) of trajectory <paramref name="trajectory"/>.</summary>
    public int Index(int trajectory, int step) => (trajectory * (ChangedParameter[trajectory].Count + 1)) + step;
}
