using System.Text.Json.Nodes;
using MarketSim.Scenarios;
using MarketSim.Tests.Scenarios;
using MarketSim.Tests.Support;

namespace MarketSim.Tests.Fuzz;

/// <summary>
/// The valid documents the fuzz tests start from (the tiny test scenario, the real baseline as resolved,
/// a tiny sweep, a calibration file and an observation file), with absolute <c>$schema</c> paths so a
/// copy in any temporary folder finds the repository's schemas.
/// </summary>
internal static class FuzzInputs
{
    private static readonly Lazy<string> BaselineText = new(() =>
    {
        var loaded = ScenarioLoader.Load(Path.Combine(Repository.Root, "scenarios", "baseline-2025.json"), []);
        var root = JsonNode.Parse(loaded.ResolvedJson)!.AsObject();
        root.Insert(0, "$schema", ScenarioFixture.SchemaPath);
        return root.ToJsonString();
    });

    public static string SweepSchemaPath => Path.Combine(Repository.Root, "scenarios", "sweep.schema.json");

    /// <summary>The tiny scenario, naming the real schema.</summary>
    public static string Tiny { get; } = ScenarioFixture.Valid.Replace("\"$schema\": \"scenario.schema.json\"", "\"$schema\": " + Quote(ScenarioFixture.SchemaPath), StringComparison.Ordinal);

    /// <summary>baseline-2025 fully resolved (every field written out).</summary>
    public static string Baseline => BaselineText.Value;

    /// <summary>A sweep over <c>base.json</c> (write <see cref="Tiny"/> there), two parameters, four runs.</summary>
    public static string Sweep { get; } = """
        {
          "$schema": SCHEMA,
          "name": "fuzz",
          "base": "base.json",
          "set": ["market.open_weights_lag=4"],
          "parameters": [
            { "path": "market.capability_exponent", "values": [0.2, 0.4] },
            { "path": "labs[id=openai].markup", "distribution": "uniform(0.2,0.8)" }
          ],
          "design": { "kind": "grid", "levels": 2 },
          "replications": 1,
          "seed": 3,
          "ticks": 12,
          "customers": 50,
          "metrics": ["racetrack_return", "toll_share", "return:horse"],
          "prim": { "metric": "racetrack_return", "threshold": 0, "direction": "below" }
        }
        """.Replace("SCHEMA", Quote(SweepSchemaPath), StringComparison.Ordinal);

    /// <summary>A calibration file as issue 13 describes it: base, observations and parameters.</summary>
    public const string Calibration = """
        {
          "$schema": "calibration.schema.json",
          "base": "base.json",
          "observations": "observations.csv",
          "parameters": [ { "path": "market.capability_exponent", "distribution": "uniform(0.1,0.5)" } ]
        }
        """;

    /// <summary>An observation file: the fixed header and two rows.</summary>
    public const string Observations = FileKinds.ObservationHeader + "\n"
        + "lab_revenue,openai,2025-01,2025-12,13.1,USD bn/yr,12,14,P,filing,\n"
        + "capex,,2025-01,2025-12,410,USD bn/yr,380,440,S,10-K,big four\n";

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
