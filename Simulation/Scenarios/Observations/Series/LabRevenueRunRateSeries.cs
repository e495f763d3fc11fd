namespace MarketSim.Scenarios.Observations.Series;

[ObservationSeries("lab_revenue_run_rate")]
internal sealed class LabRevenueRunRateSeries() : RunRateSeries(FirmMeasure.Revenue)
{
    public override SeriesScope Scope => SeriesScope.Lab;

    public override string Maps => "12 x the lab's revenue in the month that contains the date.";
}
