namespace MarketSim.Experiments.Backtests;

/// <summary>A log-linear trend ln y = a + b t fitted to the observations before a backtest's start.</summary>
/// <param name="Intercept">a.</param>
/// <param name="Slope">b, per month.</param>
/// <param name="Points">Observations fitted.</param>
public sealed record NaiveTrend(double Intercept, double Slope, int Points)
{
    /// <summary>The extrapolated value at <paramref name="time"/> (months from the start month).</summary>
    public double At(double time) => Math.Exp(Intercept + (Slope * time));
}
