namespace MarketSim.Scenarios.Observations.Series;

[ObservationSeries("cloud_revenue_guidance_year")]
internal sealed class CloudRevenueGuidanceYearSeries() : PeriodSumSeries(FirmMeasure.Revenue)
{
    public override SeriesScope Scope => SeriesScope.Cloud;

    public override string Maps => "The cloud's revenue summed over the guided year; guided revenue is an upper bound on AI revenue.";

    public override FigureBound Bound => FigureBound.Upper;
}
