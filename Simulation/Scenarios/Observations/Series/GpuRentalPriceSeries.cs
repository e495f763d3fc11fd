namespace MarketSim.Scenarios.Observations.Series;

[ObservationSeries("gpu_rental_price")]
internal sealed class GpuRentalPriceSeries() : LevelSeries(FirmMeasure.Price)
{
    public override SeriesScope Scope => SeriesScope.Cloud;

    public override string Maps => "The cloud's price per CU in the month of the date (USD/GPU-hour x 0.73 = USD bn per million CU).";
}
