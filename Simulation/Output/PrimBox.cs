namespace MarketSim.Output;

/// <summary>One box of a PRIM peeling trajectory: how many cases of interest it covers and how pure it is.</summary>
/// <param name="Coverage">Share of all cases of interest inside the box, in [0,1].</param>
/// <param name="Density">Share of the box's cases that are of interest, in [0,1].</param>
/// <param name="Chosen">Whether this is the box the analyst picked (drawn highlighted).</param>
public sealed record PrimBox(double Coverage, double Density, bool Chosen = false);
