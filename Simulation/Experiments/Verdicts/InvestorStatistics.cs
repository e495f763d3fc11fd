namespace MarketSim.Experiments.Verdicts;

/// <summary>One investor's distribution of final return W - 1 across replications (the new columns of summary.csv).</summary>
/// <param name="Id">Investor id.</param>
/// <param name="MedianReturn">Median of W - 1 (R7).</param>
/// <param name="MeanReturnLow">Lower end of the percentile-bootstrap interval of the mean of W - 1.</param>
/// <param name="MeanReturnHigh">Upper end of that interval.</param>
/// <param name="CertaintyEquivalent">The certainty-equivalent return (<see cref="Verdicts.CertaintyEquivalent"/>).</param>
public sealed record InvestorStatistics(string Id, double MedianReturn, double MeanReturnLow, double MeanReturnHigh, double CertaintyEquivalent);
