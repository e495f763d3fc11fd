using MarketSim.Market.Agents;

namespace MarketSim.Market.Investors;

/// <summary>What an investor buys at tick 0: a firm, a share of capital, and how the money goes in.</summary>
/// <param name="Firm">The firm.</param>
/// <param name="Weight">Share of the investor's capital.</param>
/// <param name="Primary">New shares (the money goes to the firm) rather than existing shares bought from incumbents.</param>
/// <param name="CreditsOn">For primary money paid as compute credits: the cloud they are spendable on.</param>
public sealed record Holding(Firm Firm, double Weight, bool Primary, Cloud? CreditsOn);
