namespace MarketSim.Experiments.Bridges;

/// <summary>One quantity of a market's state in a month: what it is of, what it measures, and its unit.</summary>
/// <param name="Kind">lab, cloud, vendor, fleet (an outside fleet) or market (totals).</param>
/// <param name="Id">The firm's or fleet's id; "market" for totals.</param>
/// <param name="Measure">The measure, snake_case (revenue, compute_spend, capacity, ...).</param>
/// <param name="Unit">Its unit, as the output files write it.</param>
public sealed record StateQuantity(string Kind, string Id, string Measure, string Unit);
