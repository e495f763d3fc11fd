namespace MarketSim.Experiments.Bridges;

/// <summary>A bridge from one scenario to a later one.</summary>
/// <param name="Month">The later scenario's start month, "yyyy-MM".</param>
/// <param name="Tick">That month's tick in the earlier scenario.</param>
/// <param name="Rows">Every quantity both states have, in the later scenario's order.</param>
/// <param name="OnlyInSource">Quantities the earlier scenario has in that month and the later one does not ("kind id measure").</param>
/// <param name="OnlyInTarget">Quantities the later scenario has at tick 0 and the earlier one does not.</param>
public sealed record BridgeResult(string Month, int Tick, IReadOnlyList<BridgeRow> Rows, IReadOnlyList<string> OnlyInSource, IReadOnlyList<string> OnlyInTarget);
