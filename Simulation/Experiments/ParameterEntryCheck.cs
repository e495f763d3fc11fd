using System.Text.Json;
using System.Text.Json.Nodes;
using MarketSim.Experiments.Sweeps;
using MarketSim.Scenarios;

namespace MarketSim.Experiments;

/// <summary>
/// The checks of one (path, distribution) entry against the scenario it varies, shared by sweep and calibration
/// files and by a scenario's <c>uncertainty</c> section, so the three refuse the same mistakes with the same words.
/// </summary>
internal static class ParameterEntryCheck
{
    /// <summary>The distribution forms a text may take, for error messages.</summary>
    public const string Forms = "uniform(a,b), log-uniform(a,b), normal(mean,sd[,lower,upper]), triangular(a,mode,b) or integer(a,b)";

    /// <summary>Parses <paramref name="text"/>, or reports why it is not a distribution at <paramref name="at"/> and returns null.</summary>
    public static ParameterDistribution? Distribution(string text, string at, ErrorCollector errors)
    {
        try
        {
            return ParameterDistribution.Parse(text);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            errors.Error(at, $"bad distribution '{text}': {FirstSentence(e.Message)}; expected {Forms}");
            return null;
        }
    }

    /// <summary>
    /// Checks that <paramref name="text"/> is a path that resolves against <paramref name="root"/>, that the scenario's
    /// rules read it, and that it holds a number (a string for a categorical <paramref name="distribution"/>). Errors go
    /// to <paramref name="at"/> (the path) or <paramref name="valuesAt"/> (the values of a categorical one).
    /// </summary>
    /// <param name="text">The path as written.</param>
    /// <param name="distribution">The entry's distribution, or null when it did not parse (then only the path is checked).</param>
    /// <param name="root">The resolved scenario, defaults filled in.</param>
    /// <param name="what">What the root is called in messages, e.g. "the base scenario".</param>
    /// <param name="at">JSON path of the entry's path field.</param>
    /// <param name="valuesAt">JSON path of the entry's values field.</param>
    /// <param name="errors">Where problems go.</param>
    /// <returns>True when the path resolves and is read, whatever its kind.</returns>
    public static bool Path(string text, ParameterDistribution? distribution, JsonObject root, string what, string at, string valuesAt, ErrorCollector errors)
    {
        if (!ParameterPath.TryParse(text, out var path, out var pathError))
        {
            errors.Error(at, pathError);
            return false;
        }

        JsonNode? current;
        try
        {
            current = path.Get(root);
        }
        catch (ParameterPathException e)
        {
            errors.Error(at, $"'{text}' does not resolve against {what}: {e.Message}");
            return false;
        }

        if (InertParameters.Reason(text, root) is { } inert)
        {
            errors.Error(at, $"'{text}' has no effect on {what}: {inert}; varying it would change nothing");
            return false;
        }

        var kind = current?.GetValueKind() ?? JsonValueKind.Null;
        if (distribution is not null)
        {
            var categorical = distribution.Labels is not null;
            if (categorical && kind != JsonValueKind.String)
                errors.Error(valuesAt, $"'{text}' holds {Describe(kind)} in {what}, not a string");
            else if (!categorical && kind is not (JsonValueKind.Number or JsonValueKind.Null))
                errors.Error(at, $"'{text}' holds {Describe(kind)} in {what}, not a number");
        }

        return true;
    }

    /// <summary>The value of <paramref name="distribution"/> at <paramref name="value"/> as JSON: a label, an integer for a whole number (so integer fields bind), else a number.</summary>
    public static JsonValue Json(ParameterDistribution distribution, double value)
    {
        if (distribution.Labels is not null)
            return JsonValue.Create(distribution.Label(value));
        return Math.Floor(value) == value && Math.Abs(value) < (1L << 53)
            ? JsonValue.Create((long)value)
            : JsonValue.Create(value);
    }

    /// <summary>An exception message without its "(Parameter ...)" tail and final full stop.</summary>
    public static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        return (cut < 0 ? message : message[..cut]).TrimEnd('.');
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
