namespace MarketSim.Scenarios.Observations.Series;

[ObservationSeries("fleet_compute")]
internal sealed class FleetComputeSeries() : LevelSeries(FirmMeasure.Capacity)
{
    public override SeriesScope Scope => SeriesScope.Cloud;

    public override string Maps => "The cloud's capacity (million CU = million H100-equivalents) in the month of the date.";
}
