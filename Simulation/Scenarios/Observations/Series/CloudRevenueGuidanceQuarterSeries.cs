namespace MarketSim.Scenarios.Observations.Series;

[ObservationSeries("cloud_revenue_guidance_quarter")]
internal sealed class CloudRevenueGuidanceQuarterSeries() : PeriodSumSeries(FirmMeasure.Revenue)
{
    public override SeriesScope Scope => SeriesScope.Cloud;

    public override string Maps => "The cloud's revenue summed over the guided quarter; guided revenue is an upper bound on AI revenue.";

    public override FigureBound Bound => FigureBound.Upper;
}
