using MarketSim.Cli;

namespace MarketSim.Tests.Cli;

public sealed class CompareTableTests
{
    private static readonly string[] Scenarios = ["baseline-2025", "no-alliances", "vertical-lockdown", "horizontal-coalition", "winner-take-all", "commoditization", "efficiency-shock", "bubble-burst", "circular-boom"];

    private static readonly string[] Investors = ["racetrack", "bet-openai", "bet-google-deepmind"];

    [Fact]
    public void Write_WideEnough_OneColumnPerScenarioAndOneLinePerInvestor()
    {
        var lines = Render(width: 1000);

        var racetrack = Assert.Single(lines, l => l.Contains("racetrack", StringComparison.Ordinal));
        Assert.Equal(Scenarios.Length, racetrack.Split('(').Length - 1);
        Assert.Contains(lines, l => l.Contains("horizontal-coalition", StringComparison.Ordinal) && l.Contains("circular-boom", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_TooNarrow_OneRowPerScenarioAndInvestor_WithinTheWidth()
    {
        var lines = Render(width: 80);

        Assert.All(lines, l => Assert.True(l.Length <= 80, $"line of {l.Length} characters: {l}"));
        Assert.Equal(Scenarios.Length, lines.Count(l => l.Contains("racetrack", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.Contains("circular-boom", StringComparison.Ordinal) && l.Contains("bet-openai", StringComparison.Ordinal) && l.Contains("-25 % (60 %)", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_ReturnThatRoundsToZero_PrintsWithoutASign()
    {
        var row = new CompareRow { Scenario = "s", Id = "racetrack", Strategy = "racetrack", Replications = 1, MeanReturn = -0.003, ProbLoss = 0.5 };
        using var writer = new StringWriter();

        CompareTable.Write(writer, ["s"], [row], 1000);

        Assert.Contains("0 % (50 %)", writer.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("-0 %", writer.ToString(), StringComparison.Ordinal);
    }

    private static string[] Render(int width)
    {
        var rows = Scenarios.SelectMany(s => Investors.Select((id, i) => new CompareRow
        {
            Scenario = s,
            Id = id,
            Strategy = i == 0 ? "racetrack" : "single-lab",
            Replications = 50,
            MeanReturn = i == 1 ? -0.25 : 12.34,
            ProbLoss = i == 1 ? 0.6 : 0,
        })).ToList();
        using var writer = new StringWriter();
        CompareTable.Write(writer, Scenarios, rows, width);
        return writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
