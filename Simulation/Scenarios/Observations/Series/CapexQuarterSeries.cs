namespace MarketSim.Scenarios.Observations.Series;

[ObservationSeries("capex_quarter")]
internal sealed class CapexQuarterSeries() : PeriodSumSeries(FirmMeasure.Capex)
{
    public override SeriesScope Scope => SeriesScope.Cloud;

    public override string Maps => "The cloud's capex summed over the quarter; company-wide capex is an upper bound on AI capex.";
}
