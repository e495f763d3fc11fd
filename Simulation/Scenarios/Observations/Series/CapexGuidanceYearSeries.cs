namespace MarketSim.Scenarios.Observations.Series;

[ObservationSeries("capex_guidance_year")]
internal sealed class CapexGuidanceYearSeries() : PeriodSumSeries(FirmMeasure.Capex)
{
    public override SeriesScope Scope => SeriesScope.Cloud;

    public override string Maps => "The cloud's capex summed over the guided year (guidance: an expectations target).";
}
