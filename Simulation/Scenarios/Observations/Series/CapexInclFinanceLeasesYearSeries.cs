namespace MarketSim.Scenarios.Observations.Series;

[ObservationSeries("capex_incl_finance_leases_year")]
internal sealed class CapexInclFinanceLeasesYearSeries() : PeriodSumSeries(FirmMeasure.Capex)
{
    public override SeriesScope Scope => SeriesScope.Cloud;

    public override string Maps => "The cloud's capex summed over the year (finance leases included).";
}
