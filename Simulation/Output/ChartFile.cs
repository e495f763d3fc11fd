namespace MarketSim.Output;

/// <summary>A chart written to disk as PNG and SVG.</summary>
/// <param name="Name">File stem, e.g. "revenue_by_layer".</param>
/// <param name="Title">The chart's title as drawn.</param>
/// <param name="PngPath">Full path of the PNG.</param>
/// <param name="SvgPath">Full path of the SVG.</param>
public sealed record ChartFile(string Name, string Title, string PngPath, string SvgPath);
