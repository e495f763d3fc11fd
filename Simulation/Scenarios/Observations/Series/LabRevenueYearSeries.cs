namespace MarketSim.Scenarios.Observations.Series;

[ObservationSeries("lab_revenue_year")]
internal sealed class LabRevenueYearSeries() : PeriodSumSeries(FirmMeasure.Revenue)
{
    public override SeriesScope Scope => SeriesScope.Lab;

    public override string Maps => "The lab's revenue summed over the 12 months of the year.";
}
