namespace MarketSim.Scenarios.Observations.Series;

[ObservationSeries("lab_compute_power_gw")]
internal sealed class LabComputePowerGwSeries() : LevelSeries(FirmMeasure.Compute)
{
    public override SeriesScope Scope => SeriesScope.Lab;

    public override string Maps => "The lab's compute bought in the month of the date, million CU (GW x 0.714 at 1.4 kW per H100-equivalent).";
}
