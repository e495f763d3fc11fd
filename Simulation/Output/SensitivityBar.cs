namespace MarketSim.Output;

/// <summary>One sensitivity index of one parameter with its confidence interval (Sobol S1/ST, Morris mu*/sigma).</summary>
/// <param name="Parameter">Parameter path.</param>
/// <param name="Index">Index name, e.g. "S1", "ST" or "mu*"; one bar colour per index.</param>
/// <param name="Value">Estimate.</param>
/// <param name="Low">Lower end of the confidence interval.</param>
/// <param name="High">Upper end of the confidence interval.</param>
public sealed record SensitivityBar(string Parameter, string Index, double Value, double Low, double High);
