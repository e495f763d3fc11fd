namespace MarketSim.Scenarios.Observations.Series;

[ObservationSeries("token_list_price_output")]
internal sealed class TokenListPriceOutputSeries() : LevelSeries(FirmMeasure.Price)
{
    public override SeriesScope Scope => SeriesScope.Lab;

    public override string Maps => "The lab's (blended) price per million tokens in the month of the date; a flagship's output list price sits above it.";

    public override FigureBound Bound => FigureBound.Upper;
}
