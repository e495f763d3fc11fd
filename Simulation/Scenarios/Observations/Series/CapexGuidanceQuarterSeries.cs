namespace MarketSim.Scenarios.Observations.Series;

[ObservationSeries("capex_guidance_quarter")]
internal sealed class CapexGuidanceQuarterSeries() : PeriodSumSeries(FirmMeasure.Capex)
{
    public override SeriesScope Scope => SeriesScope.Cloud;

    public override string Maps => "The cloud's capex summed over the guided quarter (guidance: an expectations target).";
}
