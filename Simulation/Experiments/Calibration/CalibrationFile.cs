using MarketSim.Experiments.Sweeps;

namespace MarketSim.Experiments.Calibration;

/// <summary>A calibration file as written (docs: <c>scenarios/calibration.schema.json</c>), bound after schema validation.</summary>
internal sealed record CalibrationFile(
    string Name,
    string Base,
    string Observations,
    IReadOnlyList<SweepFileParameter> Parameters,
    int Replications,
    int Budget,
    ulong Seed,
    string? Description = null,
    string? Until = null,
    IReadOnlyDictionary<string, double>? Weights = null,
    IReadOnlyDictionary<string, string>? Bounds = null,
    CalibrationFileMethod? Method = null,
    IReadOnlyList<string>? Set = null,
    int? Customers = null);
