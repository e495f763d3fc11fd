namespace MarketSim.Engine;

/// <summary>An action due at a tick; same-tick events run by (priority, insertion order).</summary>
/// <param name="Tick">The tick at whose start the action runs.</param>
/// <param name="Priority">Lower runs first among events of one tick.</param>
/// <param name="Sequence">Insertion number, the final tie-break.</param>
/// <param name="Name">A label for diagnostics.</param>
/// <param name="Action">What to do.</param>
public sealed record ScheduledEvent(int Tick, int Priority, long Sequence, string Name, Action Action);
