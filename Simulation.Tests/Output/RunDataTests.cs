using MarketSim.Engine;
using MarketSim.Output;
using MarketSim.Tests.Support;

namespace MarketSim.Tests.Output;

public sealed class RunDataTests
{
    [Fact]
    public void Load_FixtureWrittenByCsvDataSink_RoundTripsRows()
    {
        using var dir = new TempDirectory();
        using (new CultureScope("de-DE"))
        {
            RunFixture.Write(dir.Path);
        }

        RunData run;
        using (new CultureScope("de-DE"))
        {
            run = RunData.Load(dir.Path);
        }

        Assert.Equal("fixture-2025", run.ScenarioName);
        Assert.Equal(3, run.ReplicationCount);
        Assert.Equal(24, run.TickCount);
        Assert.Equal(24 * 3, run.Model.Count);
        Assert.Equal(24 * 3 * 7, run.Firms.Count);
        Assert.Equal(24 * 3 * 3, run.Investors.Count);
        Assert.Equal(3, run.Summary!.Count);
        Assert.True(run.HasFlows);
        Assert.Equal(24 * 3, run.ReadFlows().Count());
        Assert.Equal("2025-11", run.Model[0].Month);
        Assert.Equal("2026-12", run.Model[13].Month);
        var openai = run.Firms[0];
        Assert.Equal(("openai", "lab", true, 0.5), (openai.Id, openai.Kind, openai.Alive, openai.MarketShare));
        Assert.Contains(run.Firms, f => f.Id == "newlab" && !f.Alive);
    }

    [Fact]
    public void Load_ValuesWrittenBySink_AreReadBackExactly()
    {
        using var dir = new TempDirectory();
        var revenue = 0.1 + 0.2;
        using (var sink = new CsvDataSink(dir.Path))
        {
            sink.BeginTable("model", RunFixture.ModelColumns);
            var model = new DataValue[RunFixture.ModelColumns.Length];
            Array.Fill(model, DataValue.Of(0.0));
            model[0] = DataValue.Of(0L);
            model[1] = DataValue.Of(0L);
            model[2] = DataValue.Of("2025-11");
            model[4] = DataValue.Of(revenue);
            model[^1] = DataValue.Of(7L);
            sink.WriteRow("model", model);
            sink.BeginTable("firms", RunFixture.FirmColumns);
            var firm = new DataValue[RunFixture.FirmColumns.Length];
            Array.Fill(firm, DataValue.Of(Math.E));
            firm[0] = DataValue.Of(5L);
            firm[1] = DataValue.Of(2L);
            firm[2] = DataValue.Of("google-deepmind");
            firm[3] = DataValue.Of("lab");
            firm[^1] = DataValue.Of(false);
            sink.WriteRow("firms", firm);
        }

        new RunManifest { Scenario = "tiny", StartMonth = "2030-01" }.Save(dir.Sub(RunManifest.FileName));
        var run = RunData.Load(dir.Path);
        Assert.Equal(revenue, run.Model[0].CustomerSpend);
        Assert.Equal(7, run.Model[0].LabsAlive);
        var row = Assert.Single(run.Firms);
        Assert.Equal(new FirmRow
        {
            Tick = 5, Replication = 2, Id = "google-deepmind", Kind = "lab", Revenue = Math.E, Costs = Math.E, Profit = Math.E,
            Cash = Math.E, Valuation = Math.E, MarketShare = Math.E, Capability = Math.E, Price = Math.E, Capacity = Math.E,
            Capex = Math.E,
            Utilisation = Math.E, RoundTripShare = Math.E, Alive = false,
        }, row);
        Assert.False(run.HasInvestors);
        Assert.Null(run.Summary);
        Assert.False(run.HasFlows);
        Assert.Empty(run.ReadFlows());
        Assert.Equal(new DateTime(2030, 3, 1, 0, 0, 0, DateTimeKind.Unspecified), run.Manifest.MonthOf(2));
    }

    [Fact]
    public void Load_MissingFirms_ThrowsNamingTheFile()
    {
        using var dir = new TempDirectory();
        RunFixture.Write(dir.Path);
        File.Delete(dir.Sub(RunData.FirmsFile));
        var error = Assert.Throws<FileNotFoundException>(() => RunData.Load(dir.Path));
        Assert.Contains("firms.csv", error.Message, StringComparison.Ordinal);
    }
}
