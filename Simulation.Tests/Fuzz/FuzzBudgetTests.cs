namespace MarketSim.Tests.Fuzz;

/// <summary>The fuzz suite's size (issue 17): at least 10,000 generated cases in every CI run, over every file kind and the command line.</summary>
public sealed class FuzzBudgetTests
{
    [Fact]
    public void Fuzz_EveryRun_GeneratesAtLeastTenThousandCases()
    {
        var total = ScenarioFuzzTests.ScenarioCases + ScenarioFuzzTests.ExtendsCases
            + FileFuzzTests.SweepCases + FileFuzzTests.DetectionCases + CommandLineFuzzTests.Cases;

        Assert.True(total >= 10_000, $"{total} cases");
    }
}
