namespace MarketSim.Scenarios.Observations.Series;

[ObservationSeries("vendor_ai_accelerator_revenue_year")]
internal sealed class VendorAiAcceleratorRevenueYearSeries() : PeriodSumSeries(FirmMeasure.Revenue)
{
    public override SeriesScope Scope => SeriesScope.Vendor;

    public override string Maps => "The vendor's revenue summed over the year (AMD disclosed Instinct as 'more than' the figure: a lower bound).";

    public override FigureBound Bound => FigureBound.Lower;
}
