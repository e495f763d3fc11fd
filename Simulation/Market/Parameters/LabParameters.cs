namespace MarketSim.Market.Parameters;

/// <summary>One model lab (docs/model.md 3.3.5).</summary>
/// <param name="Id">Identifier (kebab-case), unique across all firms.</param>
/// <param name="Name">Display name.</param>
/// <param name="OpenWeights">An open-weights lab: its models are hosted by clouds at hosting cost, the payment goes to the customer's home cloud.</param>
/// <param name="Cash">Cash at tick 0, USD billion.</param>
/// <param name="Capability">Capability index at tick 0 (GPT-5 = 1.0).</param>
/// <param name="TrainingCompute">Cumulative training compute at tick 0, million CU.</param>
/// <param name="ResearchVolatility">sigma_A: monthly volatility of the research-productivity random walk.</param>
/// <param name="InferenceIntensity">e(0): CU needed per WU served at tick 0.</param>
/// <param name="Markup">m: initial markup over unit cost.</param>
/// <param name="MarkupMin">Lower bound of the markup.</param>
/// <param name="MarkupMax">Upper bound of the markup.</param>
/// <param name="MarkupStep">Monthly change of the markup when it adapts.</param>
/// <param name="TrainingRevenueShare">tau: share of revenue spent on training each month.</param>
/// <param name="TrainingCashShare">kappa: share of cash per year spent on training (kappa * cash / 12 a month).</param>
/// <param name="Opex">o: operating cost per month (staff, sales), USD billion, paid to the outside economy.</param>
/// <param name="ParentSupport">Monthly funding from a parent company (e.g. Alphabet, Meta), USD billion.</param>
/// <param name="InitialShare">Share of demand (WU) at tick 0; when given for every lab, brand constants are solved so the logit reproduces it.</param>
/// <param name="Brand">Brand utility constant, used when initial shares are not given.</param>
/// <param name="MainCloud">Cloud whose ecosystem the lab is native to.</param>
/// <param name="CloudAllocation">Share of the lab's compute bought from each cloud (by cloud id; sums to 1).</param>
/// <param name="Shares">Shares outstanding at tick 0, million.</param>
/// <param name="Valuation">Post-money valuation of the last round before tick 0, USD billion.</param>
public sealed record LabParameters(
    string Id,
    string Name,
    bool OpenWeights,
    double Cash,
    double Capability,
    double TrainingCompute,
    double ResearchVolatility,
    double InferenceIntensity,
    double Markup,
    double MarkupMin,
    double MarkupMax,
    double MarkupStep,
    double TrainingRevenueShare,
    double TrainingCashShare,
    double Opex,
    double ParentSupport,
    double? InitialShare,
    double Brand,
    string MainCloud,
    IReadOnlyDictionary<string, double> CloudAllocation,
    double Shares,
    double Valuation);
