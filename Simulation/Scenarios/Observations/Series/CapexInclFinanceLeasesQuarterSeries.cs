namespace MarketSim.Scenarios.Observations.Series;

[ObservationSeries("capex_incl_finance_leases_quarter")]
internal sealed class CapexInclFinanceLeasesQuarterSeries() : PeriodSumSeries(FirmMeasure.Capex)
{
    public override SeriesScope Scope => SeriesScope.Cloud;

    public override string Maps => "The cloud's capex summed over the quarter (finance leases included: closer to capacity added).";
}
