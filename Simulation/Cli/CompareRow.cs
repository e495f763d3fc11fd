namespace MarketSim.Cli;

/// <summary>A row of the compare CSV: one investor in one scenario.</summary>
internal sealed record CompareRow
{
    public string Scenario { get; init; } = "";

    public string Id { get; init; } = "";

    public string Strategy { get; init; } = "";

    public int Replications { get; init; }

    public double MeanReturn { get; init; }

    public double MeanReturnLow { get; init; }

    public double MeanReturnHigh { get; init; }

    public double MedianReturn { get; init; }

    public double P5Return { get; init; }

    public double P95Return { get; init; }

    public double ProbLoss { get; init; }

    public double CertaintyEquivalent { get; init; }
}
