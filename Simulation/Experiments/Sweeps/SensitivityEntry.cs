namespace MarketSim.Experiments.Sweeps;

/// <summary>One sensitivity measure of one parameter, with its interval (for sensitivity.csv and its chart).</summary>
/// <param name="Parameter">Parameter path.</param>
/// <param name="Measure">S1, ST, mu*, sigma or |SRC|.</param>
/// <param name="Value">The estimate.</param>
/// <param name="Low">Lower end of its interval.</param>
/// <param name="High">Upper end of its interval.</param>
public sealed record SensitivityEntry(string Parameter, string Measure, double Value, double Low, double High);
