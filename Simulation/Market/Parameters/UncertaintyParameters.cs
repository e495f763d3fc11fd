namespace MarketSim.Market.Parameters;

/// <summary>
/// Parameters the data do not pin down, drawn afresh for every replication (docs/model.md 3.3.17), so a run's
/// spread across replications holds parameter uncertainty as well as the model's own randomness. Read by the
/// replication layer above the market, which writes each replication's draw into the scenario before it runs;
/// nothing in the market reads this section.
/// </summary>
/// <param name="Parameters">The uncertain parameters, each a scenario path and a distribution.</param>
public sealed record UncertaintyParameters(IReadOnlyList<UncertainParameter> Parameters);
