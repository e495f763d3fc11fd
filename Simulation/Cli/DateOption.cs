using System.Globalization;
using MarketSim.Scenarios;

namespace MarketSim.Cli;

/// <summary>Parses the date options of backtest (<c>--from</c>, <c>--until</c>): yyyy-MM-dd, or yyyy-MM for a whole month.</summary>
internal static class DateOption
{
    /// <summary>The date, or null when not given; a month alone is its first day (<paramref name="endOfMonth"/>: its last).</summary>
    /// <exception cref="InputException">Not a date.</exception>
    public static DateOnly? Parse(string? text, string option, bool endOfMonth)
    {
        if (text is null)
            return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            return endOfMonth ? month.AddMonths(1).AddDays(-1) : month;
        throw new InputException(new InputError(option, null, null, $"expected a date yyyy-MM-dd or a month yyyy-MM, got '{text}'"));
    }
}
