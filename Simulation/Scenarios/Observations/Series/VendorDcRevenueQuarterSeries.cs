namespace MarketSim.Scenarios.Observations.Series;

[ObservationSeries("vendor_dc_revenue_quarter")]
internal sealed class VendorDcRevenueQuarterSeries() : PeriodSumSeries(FirmMeasure.Revenue)
{
    public override SeriesScope Scope => SeriesScope.Vendor;

    public override string Maps => "The vendor's revenue summed over the quarter's 3 months; data-centre revenue includes networking and CPUs, so it sits above GPU revenue.";
}
