namespace MarketSim.Scenarios.Observations.Series;

[ObservationSeries("lab_revenue_guidance_year")]
internal sealed class LabRevenueGuidanceYearSeries() : PeriodSumSeries(FirmMeasure.Revenue)
{
    public override SeriesScope Scope => SeriesScope.Lab;

    public override string Maps => "The lab's revenue summed over the guided year (a target: a sanity check on the path).";
}
