namespace MarketSim.Scenarios.Observations.Series;

/// <summary>A flow over a period (a quarter's revenue, a year's capex): the measure summed over the period's months.</summary>
internal abstract class PeriodSumSeries(FirmMeasure measure) : ObservationSeries
{
    /// <summary>The summed measure.</summary>
    protected FirmMeasure SummedMeasure { get; } = measure;

    public override double Measure(Trajectory run, FirmPath? firm, int first, int last) =>
        firm!.Sum(SummedMeasure, first, last);
}
