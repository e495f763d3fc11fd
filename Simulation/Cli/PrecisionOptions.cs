using System.CommandLine;
using System.Globalization;
using MarketSim.Experiments.Verdicts;
using MarketSim.Scenarios;

namespace MarketSim.Cli;

/// <summary>--precision and --max-replications, shared by <c>run</c> and <c>compare</c>.</summary>
internal static class PrecisionOptions
{
    public static (Option<double?> Precision, Option<int?> MaxReplications) Create() =>
        (new Option<double?>("--precision")
        {
            Description = "Add replications in batches of " + PrecisionTarget.DefaultBatchSize.ToString(CultureInfo.InvariantCulture)
                + " until every verdict (racetrack against each other investor) is decided or its 95% interval of the mean difference in final return has at most this half-width (a fraction: 0.1 = 10 percentage points).",
        },
        new Option<int?>("--max-replications")
        {
            Description = "With --precision: at most this many replications (default " + PrecisionTarget.DefaultMaxReplications.ToString(CultureInfo.InvariantCulture) + ").",
        });

    public static double? Precision(ParseResult parse, Option<double?> precision, Option<int?> replications)
    {
        var value = parse.GetValue(precision);
        if (value is null)
            return null;
        if (!(value >= 0) || !double.IsFinite(value.Value))
            throw Error("--precision", $"expected a number of at least 0, got {value.Value.ToString(CultureInfo.InvariantCulture)}");
        if (parse.GetValue(replications) is not null)
            throw Error("--replications", "--replications and --precision exclude each other: --precision adds replications until the verdicts are clear (cap them with --max-replications)");
        return value;
    }

    public static int? Max(ParseResult parse, Option<int?> maxReplications, Option<double?> precision)
    {
        var value = parse.GetValue(maxReplications);
        if (value is null)
            return null;
        if (parse.GetValue(precision) is null)
            throw Error("--max-replications", "--max-replications needs --precision");
        return value < 1 ? throw Error("--max-replications", $"expected a whole number of at least 1, got {value.Value.ToString(CultureInfo.InvariantCulture)}") : value;
    }

    private static InputException Error(string option, string message) => new(new InputError(option, null, null, message));
}
