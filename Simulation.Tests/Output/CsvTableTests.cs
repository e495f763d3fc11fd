using MarketSim.Output;
using MarketSim.Tests.Support;

namespace MarketSim.Tests.Output;

public sealed class CsvTableTests
{
    [Fact]
    public void WriteAll_SummaryRows_UsesContractColumnsAndRoundTrips()
    {
        using var dir = new TempDirectory();
        var path = dir.Sub("summary.csv");
        var rows = new[]
        {
            new SummaryRow { Id = "racetrack", Strategy = "racetrack", Replications = 20, MeanReturn = 0.1 + 0.2, P5Return = -0.05, P95Return = 1.25, Cagr = 0.07, Volatility = 0.2, MaxDrawdown = 0.3, ProbLoss = 0.15 },
            new SummaryRow { Id = "bet, \"openai\"", Strategy = "single-lab", Target = "openai", Replications = 20 },
        };
        using (new CultureScope("de-DE"))
        {
            CsvTable.WriteAll(path, rows);
        }

        var text = File.ReadAllText(path);
        Assert.StartsWith("id,strategy,target,replications,mean_return,mean_return_low,mean_return_high,median_return,p5_return,p95_return,cagr,volatility,max_drawdown,prob_loss,certainty_equivalent\n", text, StringComparison.Ordinal);
        Assert.Contains("0.30000000000000004", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', text);
        using (new CultureScope("de-DE"))
        {
            Assert.Equal(rows, CsvTable.ReadAll<SummaryRow>(path));
        }
    }

    [Fact]
    public void ReadAll_MissingColumn_NamesFileAndLine()
    {
        using var dir = new TempDirectory();
        var path = dir.Sub("investors.csv");
        File.WriteAllText(path, "tick,replication,id,strategy,value\n0,0,a,racetrack,100\n");
        var error = Assert.Throws<InvalidDataException>(() => CsvTable.ReadAll<InvestorRow>(path));
        Assert.Contains("investors.csv", error.Message, StringComparison.Ordinal);
    }
}
