namespace MarketSim.Scenarios.Observations.Series;

/// <summary>A level at a date (a valuation, a price, a fleet): the measure in the month that contains the period's end.</summary>
internal abstract class LevelSeries(FirmMeasure measure) : ObservationSeries
{
    public override (int First, int Last) Window(int first, int last) => (last, last);

    public override double Measure(Trajectory run, FirmPath? firm, int first, int last) => firm![measure, last];
}
