namespace MarketSim.Market.Parameters;

/// <summary>
/// A listed company whose AI business is one or more model firms (docs/model.md 3.3.9b, MODEL.md 8.4.7): its
/// market value on the scenario's observation date and the AI share of it, so the v2 law can solve each
/// member's value constant to the observed value and the racetrack can hold what an investor can buy.
/// </summary>
/// <param name="Id">Company id (as in the observation files: nvidia, microsoft, amazon, ...).</param>
/// <param name="Members">The model firms that are the company's AI business (clouds and vendors).</param>
/// <param name="MarketValue">MC_e: the company's market value, USD billion (observation <c>market_value</c>).</param>
/// <param name="Name">Display name.</param>
/// <param name="AiShare">a_e: share of the market value that is the AI business; null derives it from the trailing revenue.</param>
/// <param name="TrailingRevenue">The company's trailing twelve-month revenue, USD billion (for a derived AI share).</param>
public sealed record ListedCompanyParameters(
    string Id,
    IReadOnlyList<string> Members,
    double MarketValue,
    string Name = "",
    double? AiShare = null,
    double? TrailingRevenue = null);
