namespace MarketSim.Scenarios.Observations.Series;

[ObservationSeries("token_list_price_input")]
internal sealed class TokenListPriceInputSeries() : LevelSeries(FirmMeasure.Price)
{
    public override SeriesScope Scope => SeriesScope.Lab;

    public override string Maps => "The lab's (blended) price per million tokens in the month of the date; a flagship's input list price is not a bound on it, since a lab's lineup also sells cheaper models.";
}
