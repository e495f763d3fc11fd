namespace MarketSim.Scenarios.Observations.Series;

[ObservationSeries("vendor_ai_revenue_guidance_quarter")]
internal sealed class VendorAiRevenueGuidanceQuarterSeries() : PeriodSumSeries(FirmMeasure.Revenue)
{
    public override SeriesScope Scope => SeriesScope.Vendor;

    public override string Maps => "The vendor's revenue summed over the guided quarter (Broadcom's AI revenue bounds google-tpu from above).";

    public override FigureBound Bound => FigureBound.Upper;
}
