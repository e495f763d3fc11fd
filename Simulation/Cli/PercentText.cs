using System.Globalization;

namespace MarketSim.Cli;

/// <summary>Whole-percent text for console tables.</summary>
internal static class PercentText
{
    /// <summary>Whole percent; a value that rounds to zero prints as 0 %, not -0 %.</summary>
    public static string Of(double value) =>
        (Math.Abs(value) < 0.005 ? 0 : value).ToString("P0", CultureInfo.InvariantCulture);
}
