namespace MarketSim.Scenarios.Observations.Series;

[ObservationSeries("capex_year")]
internal sealed class CapexYearSeries() : PeriodSumSeries(FirmMeasure.Capex)
{
    public override SeriesScope Scope => SeriesScope.Cloud;

    public override string Maps => "The cloud's capex summed over the year.";
}
