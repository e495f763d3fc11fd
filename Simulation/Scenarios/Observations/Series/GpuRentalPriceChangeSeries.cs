namespace MarketSim.Scenarios.Observations.Series;

[ObservationSeries("gpu_rental_price_change")]
internal sealed class GpuRentalPriceChangeSeries : ObservationSeries
{
    public override SeriesScope Scope => SeriesScope.Cloud;

    public override string Maps => "100 x (the cloud's price at the end of the period / its price the month before the period - 1).";

    public override (int First, int Last) Window(int first, int last) => (first - 1, last);

    public override double Measure(Trajectory run, FirmPath? firm, int first, int last)
    {
        var before = firm![FirmMeasure.Price, first - 1];
        return before > 0 ? 100 * ((firm[FirmMeasure.Price, last] / before) - 1) : double.NaN;
    }

    public override double Positive(double value) => 1 + (value / 100);

    public override double FromPositive(double positive) => 100 * (positive - 1);
}
