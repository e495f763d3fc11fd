namespace MarketSim.Experiments.Calibration;

/// <summary>The search settings of a calibration file; every field has a default.</summary>
internal sealed record CalibrationFileMethod(
    string? Global = null,
    double? GlobalShare = null,
    string? Refine = null,
    int? Starts = null,
    double? Accept = null);
