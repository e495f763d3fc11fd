namespace MarketSim.Scenarios.Observations.Series;

[ObservationSeries("token_price_index")]
internal sealed class TokenPriceIndexSeries : ObservationSeries
{
    public override SeriesScope Scope => SeriesScope.Market;

    public override string Maps => "The cheapest positive lab price per million tokens in the month of the date (the model has one capability level per lab, not a fixed-capability index).";

    public override (int First, int Last) Window(int first, int last) => (last, last);

    public override double Measure(Trajectory run, FirmPath? firm, int first, int last) => run.CheapestLabPrice(last);
}
