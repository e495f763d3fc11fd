namespace MarketSim.Scenarios.Observations.Series;

[ObservationSeries("ai_revenue_run_rate")]
internal sealed class AiRevenueRunRateSeries() : RunRateSeries(FirmMeasure.Revenue)
{
    public override SeriesScope Scope => SeriesScope.Cloud;

    public override string Maps => "12 x the cloud's monthly revenue (all AI in the model) in the month of the date: an upper bound for Microsoft's 'AI business' run-rate.";
}
