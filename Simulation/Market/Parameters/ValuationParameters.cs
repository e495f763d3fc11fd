namespace MarketSim.Market.Parameters;

/// <summary>Firm valuation every tick (docs/model.md 3.3.9; the v2 law 3.3.9b).</summary>
/// <param name="LabMultiple">Lab equity multiple of annualised revenue at neutral sentiment, zero growth and reference margin (v1 law only).</param>
/// <param name="InfraMultiple">Cloud and vendor multiple of annualised operating profit at neutral sentiment (v1 law only).</param>
/// <param name="SentimentExponent">Multiples scale with sentiment to this power.</param>
/// <param name="GrowthWeight">Multiple factor per unit of annualised revenue growth (1 + w g), clamped.</param>
/// <param name="ReferenceMargin">Gross margin at which a lab earns the full revenue multiple.</param>
/// <param name="MarkSpeed">Share of the gap between the last mark and the model value closed each month.</param>
/// <param name="Law">v1 (default) or v2: one law for every firm, solved to the observed tick-0 values.</param>
/// <param name="LabLongRunMargin">v2 m_LR for labs: the margin the market expects in the long run.</param>
/// <param name="CloudLongRunMargin">v2 m_LR for clouds.</param>
/// <param name="VendorLongRunMargin">v2 m_LR for vendors.</param>
/// <param name="MarginWeight">v2 omega_m: weight of the firm's margin surprise (m_f - m_f(0)) in the expected margin.</param>
/// <param name="BacklogMonths">v2 b_n: months of revenue a vendor's backlog normally holds; only the excess adds to forward revenue.</param>
/// <param name="CoreGrowth">v2 racetrack-listed: annual growth of a listed company's non-AI (core) business value.</param>
/// <param name="CoreSentimentBeta">v2 racetrack-listed: elasticity of the core business value to sentiment.</param>
/// <param name="ObservedValues">v2 V_obs for labs by firm id, USD billion (the latest round); a lab without an entry uses its valuation.</param>
/// <param name="ListedCompanies">v2: the listed companies whose AI businesses are the clouds and vendors.</param>
public sealed record ValuationParameters(
    double LabMultiple,
    double InfraMultiple,
    double SentimentExponent,
    double GrowthWeight,
    double ReferenceMargin,
    double MarkSpeed,
    ValuationLaw Law = ValuationLaw.V1,
    double LabLongRunMargin = 0.30,
    double CloudLongRunMargin = 0.30,
    double VendorLongRunMargin = 0.50,
    double MarginWeight = 0.5,
    double BacklogMonths = 3,
    double CoreGrowth = 0.08,
    double CoreSentimentBeta = 1,
    IReadOnlyDictionary<string, double>? ObservedValues = null,
    IReadOnlyList<ListedCompanyParameters>? ListedCompanies = null)
{
    /// <summary>m_LR of a firm kind.</summary>
    public double LongRunMargin(Agents.FirmKind kind) => kind switch
    {
        Agents.FirmKind.Lab => LabLongRunMargin,
        Agents.FirmKind.Cloud => CloudLongRunMargin,
        _ => VendorLongRunMargin,
    };
}
