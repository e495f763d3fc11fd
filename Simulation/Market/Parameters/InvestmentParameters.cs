namespace MarketSim.Market.Parameters;

/// <summary>A strategic investment by a firm in a lab (primary: the lab gets the money, the investor shares).</summary>
/// <param name="From">Investing firm id.</param>
/// <param name="To">Lab id.</param>
/// <param name="Amount">USD billion.</param>
/// <param name="Tick">Month of the investment.</param>
/// <param name="Form">cash, or credits that can only be spent on the investor's cloud.</param>
public sealed record InvestmentParameters(string From, string To, double Amount, int Tick, InvestmentForm Form);
