using System.Globalization;

namespace MarketSim.Cli;

/// <summary>The words of a progress report: units done, rate and time left.</summary>
internal static class ProgressText
{
    public static string Describe(long done, long total, long startedAt, TimeSpan elapsed, string unit)
    {
        var inv = CultureInfo.InvariantCulture;
        var fresh = done - startedAt;
        var rate = elapsed.TotalSeconds > 0 ? fresh / elapsed.TotalSeconds : 0;
        var percent = total > 0 ? 100.0 * done / total : 100;
        var left = rate > 0 ? Duration(TimeSpan.FromSeconds((total - done) / rate)) : "?";
        return string.Create(inv, $"{done}/{total} {unit} ({percent:0}%), {rate:0.0} {unit}/s, about {left} left");
    }

    public static string Duration(TimeSpan span) => span.TotalHours >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours}h{span.Minutes:00}m")
        : span.TotalMinutes >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalMinutes}m{span.Seconds:00}s")
            : string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0}s");
}
