namespace MarketSim.Experiments;

/// <summary>Morris screening measures of one parameter (a <c>sensitivity.csv</c> row).</summary>
/// <param name="Parameter">Parameter path.</param>
/// <param name="MuStar">Mean absolute elementary effect (Campolongo, Cariboni and Saltelli 2007).</param>
/// <param name="MuStarConf">Half-width of the bootstrap interval of mu*, (high - low) / 2.</param>
/// <param name="MuStarLow">Lower percentile-bootstrap bound of mu*.</param>
/// <param name="MuStarHigh">Upper percentile-bootstrap bound of mu*.</param>
/// <param name="Mu">Mean elementary effect (Morris 1991).</param>
/// <param name="Sigma">Sample standard deviation (n - 1) of the elementary effects: interactions and non-linearity.</param>
/// <param name="Effects">Number of elementary effects behind the numbers (r, less steps that did not move the value).</param>
public sealed record MorrisIndices(string Parameter, double MuStar, double MuStarConf, double MuStarLow, double MuStarHigh,
    double Mu, double Sigma, int Effects);
