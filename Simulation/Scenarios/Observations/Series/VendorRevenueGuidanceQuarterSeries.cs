namespace MarketSim.Scenarios.Observations.Series;

[ObservationSeries("vendor_revenue_guidance_quarter")]
internal sealed class VendorRevenueGuidanceQuarterSeries() : PeriodSumSeries(FirmMeasure.Revenue)
{
    public override SeriesScope Scope => SeriesScope.Vendor;

    public override string Maps => "The vendor's revenue summed over the guided quarter; NVIDIA guides total-company revenue, so shares.csv gives the part of it the model's chip revenue stands for.";
}
