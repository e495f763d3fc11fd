namespace MarketSim.Scenarios.Observations.Series;

[ObservationSeries("capex_quarter")]
internal sealed class CapexQuarterSeries() : PeriodSumSeries(FirmMeasure.Capex)
{
    public override SeriesScope Scope => SeriesScope.Cloud;

    public override string Maps => "The cloud's capex summed over the quarter, over the share of company-wide capex it stands for (shares.csv: accelerators and their facilities).";
}
