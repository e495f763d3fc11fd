namespace MarketSim.Scenarios;

/// <summary>What an input file is, as <see cref="FileKinds.Detect(string)"/> tells it from the file itself.</summary>
public enum FileKind
{
    /// <summary>Not recognised (unreadable, not JSON or CSV, or none of the kinds' marks): the loader reports why.</summary>
    Unknown,

    /// <summary>A scenario (<c>scenario.schema.json</c>): customers, labs, clouds, vendors, or <c>extends</c>.</summary>
    Scenario,

    /// <summary>A sweep (<c>sweep.schema.json</c>): <c>base</c> and <c>design</c>.</summary>
    Sweep,

    /// <summary>A calibration (<c>calibration.schema.json</c>): <c>base</c>, <c>observations</c> and <c>parameters</c>.</summary>
    Calibration,

    /// <summary>An observation file: CSV whose header is <see cref="FileKinds.ObservationHeader"/>.</summary>
    Observations,

    /// <summary>A run's <c>manifest.json</c>: <c>resolved_scenario</c>.</summary>
    Manifest,

    /// <summary>A JSON Schema itself (such as <c>scenarios/scenario.schema.json</c>).</summary>
    Schema,
}
