namespace MarketSim.Scenarios.Observations.Series;

[ObservationSeries("cloud_revenue_growth_yoy")]
internal sealed class CloudRevenueGrowthYoySeries : ObservationSeries
{
    public override SeriesScope Scope => SeriesScope.Cloud;

    public override string Maps => "100 x (the cloud's revenue over the period / the same months a year earlier - 1); needs the year before simulated too.";

    public override (int First, int Last) Window(int first, int last) => (first - 12, last);

    public override double Measure(Trajectory run, FirmPath? firm, int first, int last)
    {
        var before = firm!.Sum(FirmMeasure.Revenue, first - 12, last - 12);
        return before > 0 ? 100 * ((firm.Sum(FirmMeasure.Revenue, first, last) / before) - 1) : double.NaN;
    }

    public override double Positive(double value) => 1 + (value / 100);

    public override double FromPositive(double positive) => 100 * (positive - 1);
}
