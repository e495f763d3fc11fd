namespace MarketSim.Scenarios.Observations.Series;

/// <summary>An annualised run-rate: 12 times the measure in the month that contains the period's end.</summary>
internal abstract class RunRateSeries(FirmMeasure measure) : ObservationSeries
{
    public override (int First, int Last) Window(int first, int last) => (last, last);

    public override double Measure(Trajectory run, FirmPath? firm, int first, int last) => 12 * firm![measure, last];
}
