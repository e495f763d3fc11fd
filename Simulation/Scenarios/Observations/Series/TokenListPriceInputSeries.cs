namespace MarketSim.Scenarios.Observations.Series;

[ObservationSeries("token_list_price_input")]
internal sealed class TokenListPriceInputSeries() : LevelSeries(FirmMeasure.Price)
{
    public override SeriesScope Scope => SeriesScope.Lab;

    public override string Maps => "The lab's (blended) price per million tokens in the month of the date; list input prices sit below it.";

    public override FigureBound Bound => FigureBound.Lower;
}
