namespace MarketSim.Market.Parameters;

/// <summary>Firm valuation every tick (docs/model.md 3.3.9).</summary>
/// <param name="LabMultiple">Lab equity multiple of annualised revenue at neutral sentiment, zero growth and reference margin.</param>
/// <param name="InfraMultiple">Cloud and vendor multiple of annualised operating profit at neutral sentiment.</param>
/// <param name="SentimentExponent">Multiples scale with sentiment to this power.</param>
/// <param name="GrowthWeight">Multiple factor per unit of annualised revenue growth (1 + w g), clamped.</param>
/// <param name="ReferenceMargin">Gross margin at which a lab earns the full revenue multiple.</param>
/// <param name="MarkSpeed">Share of the gap between the last mark and the model value closed each month.</param>
public sealed record ValuationParameters(
    double LabMultiple,
    double InfraMultiple,
    double SentimentExponent,
    double GrowthWeight,
    double ReferenceMargin,
    double MarkSpeed);
