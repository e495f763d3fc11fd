namespace MarketSim.Scenarios.Observations.Series;

[ObservationSeries("market_value")]
internal sealed class MarketValueSeries() : LevelSeries(FirmMeasure.Valuation)
{
    public override SeriesScope Scope => SeriesScope.Listed;

    public override string Maps => "The valuation of the cloud or vendor that stands for the listed company, in the month of the date: its AI business, so the company's whole market value is an upper bound (the v2 value law starts each company at its AI share of it).";
}
