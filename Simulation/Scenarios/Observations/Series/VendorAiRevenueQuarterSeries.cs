namespace MarketSim.Scenarios.Observations.Series;

[ObservationSeries("vendor_ai_revenue_quarter")]
internal sealed class VendorAiRevenueQuarterSeries() : PeriodSumSeries(FirmMeasure.Revenue)
{
    public override SeriesScope Scope => SeriesScope.Vendor;

    public override string Maps => "The vendor's revenue summed over the quarter (Broadcom's AI revenue bounds google-tpu from above).";

    public override FigureBound Bound => FigureBound.Upper;
}
