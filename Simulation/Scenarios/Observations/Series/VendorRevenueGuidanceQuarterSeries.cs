namespace MarketSim.Scenarios.Observations.Series;

[ObservationSeries("vendor_revenue_guidance_quarter")]
internal sealed class VendorRevenueGuidanceQuarterSeries() : PeriodSumSeries(FirmMeasure.Revenue)
{
    // NVIDIA guides total-company revenue; data centre was 62.3 of 68.1 in FY2026 Q4 (README of the
    // observation set), so the simulated vendor revenue is grossed up by that share to compare like with like.
    private const double DataCentreShare = 62.3 / 68.1;

    public override SeriesScope Scope => SeriesScope.Vendor;

    public override string Maps => "The vendor's revenue summed over the guided quarter, divided by the data-centre share of total revenue (62.3/68.1).";

    public override double Measure(Trajectory run, FirmPath? firm, int first, int last) =>
        base.Measure(run, firm, first, last) / DataCentreShare;
}
