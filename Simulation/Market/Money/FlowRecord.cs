namespace MarketSim.Market.Money;

/// <summary>Money moved this tick from one account to another, of one kind and origin.</summary>
public readonly record struct FlowRecord(int From, int To, FlowKind Kind, int Origin, double Amount);
