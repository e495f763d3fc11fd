namespace MarketSim.Experiments;

/// <summary>
/// Where the rows of a Saltelli design sit. Points come in N blocks of k + 2, one per base
/// sample j: A_j, then AB_j^(1)..AB_j^(k) (row A_j with column i taken from B_j), then B_j.
/// This is SALib's <c>saltelli.sample(calc_second_order=False)</c> order, so a run cut short
/// still holds complete blocks.
/// </summary>
/// <param name="BaseSamples">N, the number of rows of A and of B.</param>
/// <param name="ParameterCount">k.</param>
public sealed record SaltelliLayout(int BaseSamples, int ParameterCount)
{
    /// <summary>Points per base sample, k + 2.</summary>
    public int BlockSize => ParameterCount + 2;

    /// <summary>Index of A_j.</summary>
    public int IndexA(int j) => j * BlockSize;

    /// <summary>Index of AB_j^(i): A_j with parameter i from B_j.</summary>
    public int IndexAB(int j, int i) => (j * BlockSize) + 1 + i;

    /// <summary>Index of B_j.</summary>
    public int IndexB(int j) => (j * BlockSize) + ParameterCount + 1;
}
