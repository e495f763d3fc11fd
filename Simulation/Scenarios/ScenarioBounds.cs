using System.Globalization;
using MarketSim.Market;
using MarketSim.Market.Parameters;

namespace MarketSim.Scenarios;

/// <summary>
/// Range checks that depend on more than one field, so the schema (which bounds each field alone, see
/// docs/scenario-format.md, Ranges) cannot make them: a growth rate compounds over the horizon, and a
/// rate that is fine for 120 months can overflow a double over 1,200. Each growing or shrinking quantity
/// must stay within a factor of <see cref="MaxGrowthFactor"/> of its tick-0 level over the run, which
/// keeps every money amount far below the largest double even when multiplied by prices and counts.
/// </summary>
internal static class ScenarioBounds
{
    /// <summary>The most a quantity may grow (or shrink, as its inverse) over the horizon: 1e50.</summary>
    public const double MaxGrowthFactor = 1e50;

    /// <summary>Smallest magnitude of a number other than 0: denormal numbers overflow when a rule divides by them.</summary>
    public const double MinMagnitude = 1e-12;

    private static readonly double MaxLog = Math.Log(MaxGrowthFactor);

    /// <summary>Adds every compounding problem of <paramref name="scenario"/> to <paramref name="errors"/>.</summary>
    public static void Check(ScenarioParameters scenario, ErrorCollector errors)
    {
        TinyNumbers(errors.Document.Root, JsonPaths.Root, errors);
        var ticks = scenario.Ticks;
        for (var i = 0; i < scenario.Customers.Segments.Count; i++)
        {
            var s = scenario.Customers.Segments[i];
            Within(errors, $"$.customers.segments[{I(i)}].growth", "an adopter's demand", DecayingLog(s.Growth, s.GrowthHalfLife, ticks), ticks);
        }

        for (var i = 0; i < scenario.Clouds.Count; i++)
        {
            var c = scenario.Clouds[i];
            Within(errors, $"$.clouds[{I(i)}].background_growth", "the background demand", DecayingLog(c.BackgroundGrowth, c.BackgroundGrowthHalfLife, ticks), ticks);
        }

        for (var i = 0; i < scenario.Vendors.Count; i++)
        {
            var v = scenario.Vendors[i];
            var path = $"$.vendors[{I(i)}]";
            Within(errors, path + ".supply_growth", "the supply", ticks * Math.Log(1 + v.SupplyGrowth), ticks);
            Within(errors, path + ".other_demand_growth", "the outside demand", ticks * Math.Log(1 + v.OtherDemandGrowth), ticks);
            var generations = ticks / v.GenerationMonths;
            Within(errors, path + ".generation_gain", "the compute per unit", generations * Math.Log(v.GenerationGain), ticks);
            Within(errors, path + ".generation_price_gain", "the unit price and cost", generations * Math.Log(v.GenerationPriceGain), ticks);
        }

        Within(errors, "$.market.efficiency_halving_months", "the compute needed per WU", -ticks / scenario.Market.EfficiencyHalvingMonths * Math.Log(2), ticks);
    }

    /// <summary>
    /// Every number is 0 or at least <see cref="MinMagnitude"/> in magnitude, whatever its field: a schema
    /// minimum of 0 admits 4.9e-324, whose inverse is infinite (found by fuzzing: a supply-shock factor of
    /// 4.9e-324 gave NaN costs). No parameter means anything at that scale.
    /// </summary>
    private static void TinyNumbers(System.Text.Json.Nodes.JsonNode? node, string path, ErrorCollector errors)
    {
        switch (node)
        {
            case System.Text.Json.Nodes.JsonObject obj:
                foreach (var (name, child) in obj)
                    TinyNumbers(child, JsonPaths.Property(path, name), errors);
                break;
            case System.Text.Json.Nodes.JsonArray array:
                for (var i = 0; i < array.Count; i++)
                    TinyNumbers(array[i], JsonPaths.Index(path, i), errors);
                break;
            case System.Text.Json.Nodes.JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.Number
                && value.TryGetValue<double>(out var number) && number != 0 && Math.Abs(number) < MinMagnitude:
                errors.Error(path, $"{number.ToString("G3", CultureInfo.InvariantCulture)} is too close to zero: give 0, or a magnitude of at least 1e-12");
                break;
        }
    }

    /// <summary>ln of <see cref="DecayingGrowth.Level"/> at the horizon, summed in logs so it cannot overflow.</summary>
    private static double DecayingLog(double rate, double halfLife, int ticks)
    {
        var log = 0.0;
        for (var tau = 0; tau < ticks; tau++)
            log += Math.Log(1 + DecayingGrowth.Rate(rate, halfLife, tau));
        return log;
    }

    private static void Within(ErrorCollector errors, string path, string what, double log, int ticks)
    {
        if (Math.Abs(log) <= MaxLog)
            return;
        var direction = log > 0 ? "grow" : "shrink";
        errors.Error(path, $"{what} would {direction} by a factor of 1e{(Math.Abs(log) / Math.Log(10)).ToString("0", CultureInfo.InvariantCulture)} over {I(ticks)} months; at most 1e50 keeps the model's numbers finite (a smaller rate, a shorter horizon or, where there is one, a shorter half-life)");
    }

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}
