namespace MarketSim.Scenarios.Observations.Series;

[ObservationSeries("vendor_ai_chip_revenue_run_rate")]
internal sealed class VendorAiChipRevenueRunRateSeries() : RunRateSeries(FirmMeasure.Revenue)
{
    public override SeriesScope Scope => SeriesScope.Vendor;

    public override string Maps => "12 x the vendor's revenue in the month of the date (an upper bound for Amazon's custom chips).";

    public override FigureBound Bound => FigureBound.Upper;
}
