namespace MarketSim.Market.Parameters;

/// <summary>
/// How a run's investor outcomes are judged (MODEL.md 8.4.12): the certainty equivalent of an investor who puts
/// <paramref name="WealthFraction"/> of wealth into a strategy and keeps the rest in cash, with CRRA utility of
/// relative risk aversion <paramref name="RiskAversion"/>. Reporting only: nothing in the market reads it.
/// </summary>
/// <param name="WealthFraction">f: share of wealth in the strategy, in (0, 1].</param>
/// <param name="RiskAversion">gamma: relative risk aversion of the CRRA utility (1 is log utility), at least 0.</param>
public sealed record AnalysisParameters(double WealthFraction = 0.1, double RiskAversion = 2)
{
    /// <summary>f = 0.1, gamma = 2 (MODEL.md 8.4.12).</summary>
    public static AnalysisParameters Default { get; } = new();
}
