namespace MarketSim.Output;

/// <summary>A metric over a grid of two parameters, for <see cref="SweepCharts.Heatmap"/>.</summary>
/// <param name="Title">What the chart shows, e.g. "Racetrack advantage · sweep-alliances".</param>
/// <param name="XName">First parameter (path as in --set), along the x axis.</param>
/// <param name="XValues">Its grid values, ascending.</param>
/// <param name="YName">Second parameter, along the y axis.</param>
/// <param name="YValues">Its grid values, ascending.</param>
/// <param name="Values">Metric per cell, indexed [y, x]; NaN for a missing cell.</param>
/// <param name="Metric">Metric name with unit, shown on the colour bar.</param>
public sealed record HeatmapData(string Title, string XName, IReadOnlyList<double> XValues, string YName,
    IReadOnlyList<double> YValues, double[,] Values, string Metric);
