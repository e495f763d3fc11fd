namespace MarketSim.Tests.Fuzz;

/// <summary>
/// The failures the fuzz tests found, each as a named case that stays fixed. Numbered in the order found
/// (see the issue-17 note for the count).
/// </summary>
public sealed class FuzzRegressionTests
{
}
