using MarketSim.Scenarios.Observations;

namespace MarketSim.Experiments.Backtests;

/// <summary>An observation bound to a scenario: the model firm it measures and the ticks of its period.</summary>
/// <param name="Observation">The observation.</param>
/// <param name="Series">Its series type.</param>
/// <param name="FirmId">The model firm measured, or null for a market series.</param>
/// <param name="First">First tick of the period (negative before the start).</param>
/// <param name="Last">Last tick of the period.</param>
/// <param name="Time">Months from the start month's first day to the period end (the naive trend's x).</param>
/// <param name="Share">The share of the reported figure the model measures (shares.csv); the measure is divided by it.</param>
public sealed record BacktestTarget(Observation Observation, ObservationSeries Series, string? FirmId, int First, int Last, double Time, double Share = 1)
{
    /// <summary>How the figure stands to the measure in the bound scenario (<see cref="ObservationSeries.BoundIn"/>); the series' own by default.</summary>
    public FigureBound Bound { get; init; } = Series.Bound;

    /// <summary>The firm column of output tables: the model firm, or <c>market</c>.</summary>
    public string FirmColumn => FirmId ?? "market";

    /// <summary>Whether every tick the measure reads lies in [0, <paramref name="ticks"/>).</summary>
    public bool Simulated(int ticks)
    {
        var (first, last) = Series.Window(First, Last);
        return first >= 0 && last < ticks;
    }

    /// <summary>The simulated value in one replication, in the terms of the reported figure (the measure over <see cref="Share"/>).</summary>
    public double Measure(Trajectory run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return Series.Measure(run, FirmId is null ? null : run.Firm(FirmId), First, Last) / Share;
    }
}
