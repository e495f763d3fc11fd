using System.Reflection;
using MarketSim.Market.Parameters;

namespace MarketSim.Scenarios.Observations;

/// <summary>
/// How one observed series maps to model output: which kind of firm it measures, which months it needs,
/// and the simulated value for an observation's period. Subclasses carry an
/// <see cref="ObservationSeriesAttribute"/> and are found by <see cref="SeriesKinds"/>; adding a series is
/// adding one such type.
/// </summary>
public abstract class ObservationSeries
{
    /// <summary>Reads the series name from the type's attribute.</summary>
    protected ObservationSeries()
    {
        Name = GetType().GetCustomAttribute<ObservationSeriesAttribute>()?.Name
            ?? throw new InvalidOperationException($"{GetType().FullName} has no [ObservationSeries].");
    }

    /// <summary>The series name used in observation files.</summary>
    public string Name { get; }

    /// <summary>The kind of model firm the series measures.</summary>
    public abstract SeriesScope Scope { get; }

    /// <summary>One sentence: what model output the series is compared with (for docs and reports).</summary>
    public abstract string Maps { get; }

    /// <summary>
    /// How the reported figures of this series stand to the measure. The calibration loss counts only the
    /// side of a bound on which the measure cannot lie; backtests still score every figure as a point.
    /// </summary>
    public virtual FigureBound Bound => FigureBound.Point;

    /// <summary>
    /// How the figures stand to the measure in <paramref name="scenario"/>: <see cref="Bound"/>,
    /// unless what the model measures depends on the scenario (a company's value without the companies is its AI business).
    /// </summary>
    public virtual FigureBound BoundIn(ScenarioParameters scenario) => Bound;

    /// <summary>
    /// The ticks the measure reads for a period covering ticks <paramref name="first"/> to <paramref name="last"/>
    /// (a year-on-year growth also needs the year before).
    /// </summary>
    public virtual (int First, int Last) Window(int first, int last) => (first, last);

    /// <summary>The simulated value, in model units, for a period covering ticks <paramref name="first"/> to <paramref name="last"/>.</summary>
    /// <param name="run">One replication's trajectory.</param>
    /// <param name="firm">The firm measured; null for market series.</param>
    /// <param name="first">First tick of the period.</param>
    /// <param name="last">Last tick of the period.</param>
    public abstract double Measure(Trajectory run, FirmPath? firm, int first, int last);

    /// <summary>
    /// The positive quantity whose logarithm is scored. Levels are scored as they are; percentage changes
    /// as the ratio 1 + v/100, so a 20% growth and a 20% fall are symmetric in logs.
    /// </summary>
    public virtual double Positive(double value) => value;

    /// <summary>The inverse of <see cref="Positive"/>: a value in the series' own terms.</summary>
    public virtual double FromPositive(double positive) => positive;
}
