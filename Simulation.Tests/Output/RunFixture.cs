using MarketSim.Engine;
using MarketSim.Output;

namespace MarketSim.Tests.Output;

/// <summary>Writes a synthetic run folder (CSVs and manifest) through the real sinks, for chart and report tests.</summary>
internal static class RunFixture
{
    public static readonly string[] ModelColumns = ReporterColumns.Model;

    public static readonly string[] FirmColumns = ReporterColumns.Firms;

    public static readonly string[] InvestorColumns = ReporterColumns.Investors;

    public static readonly string[] FlowColumns = ReporterColumns.Flows;

    public sealed record Options
    {
        public string Scenario { get; init; } = "fixture-2025";
        public string Description { get; init; } = "A synthetic market: three labs, two clouds, two vendors & <three> investors.";
        public string[] Labs { get; init; } = ["openai", "anthropic", "newlab"];
        public string[] Clouds { get; init; } = ["azure", "aws"];
        public string[] Vendors { get; init; } = ["nvidia", "amd"];
        public string[] Investors { get; init; } = ["racetrack", "bet-openai", "index"];
        public int Ticks { get; init; } = 24;
        public int Replications { get; init; } = 3;
        public bool WithInvestors { get; init; } = true;
        public bool WithSummary { get; init; } = true;
        public bool WithFlows { get; init; } = true;
        /// <summary>Racetrack growth per month; a second scenario uses another to make overlays differ.</summary>
        public double TollGrowth { get; init; } = 0.03;
    }

    public static string Write(string directory, Options? options = null)
    {
        var o = options ?? new Options();
        Directory.CreateDirectory(directory);
        var start = new DateTime(2025, 11, 1, 0, 0, 0, DateTimeKind.Unspecified);
        using (var sink = new CsvDataSink(directory))
        {
            sink.BeginTable("model", ModelColumns);
            sink.BeginTable("firms", FirmColumns);
            if (o.WithInvestors)
            {
                sink.BeginTable("investors", InvestorColumns);
            }

            if (o.WithFlows)
            {
                sink.BeginTable("flows", FlowColumns);
            }

            var row = new DataValue[FirmColumns.Length];
            for (var rep = 0; rep < o.Replications; rep++)
            {
                for (var tick = 0; tick < o.Ticks; tick++)
                {
                    var month = start.AddMonths(tick).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
                    var noise = 1 + (0.05 * Math.Sin((tick * 0.7) + (rep * 1.9)));
                    var growth = Math.Pow(1 + o.TollGrowth, tick) * noise;
                    // The last lab fails half-way in replication 0, so charts must break its line.
                    var labAlive = new bool[o.Labs.Length];
                    var weights = new double[o.Labs.Length];
                    var weightSum = 0.0;
                    for (var i = 0; i < o.Labs.Length; i++)
                    {
                        labAlive[i] = !(i == o.Labs.Length - 1 && rep == 0 && tick >= o.Ticks / 2);
                        weights[i] = labAlive[i] ? (o.Labs.Length - i) * (1 + (0.02 * i * tick)) : 0;
                        weightSum += weights[i];
                    }

                    var labRevenue = 2.0 * growth;
                    var cloudRevenue = 1.4 * growth;
                    var vendorRevenue = 0.9 * growth;
                    var capex = 1.2 * Math.Pow(1.07, tick) * noise;
                    var spend = labRevenue + (0.1 * growth);
                    Write(sink, "model", [
                        DataValue.Of(tick), DataValue.Of(rep), DataValue.Of(month), DataValue.Of(1000.0 + (tick * 50)),
                        DataValue.Of(spend), DataValue.Of(labRevenue), DataValue.Of(0.1 * growth), DataValue.Of(cloudRevenue),
                        DataValue.Of(vendorRevenue), DataValue.Of(capex), DataValue.Of((cloudRevenue + vendorRevenue) / (spend * 2)),
                        DataValue.Of(0.05 + (0.002 * tick)), DataValue.Of(1.0 + (0.01 * tick)), DataValue.Of(capex - spend),
                        DataValue.Of(0.4), DataValue.Of(labAlive.Count(a => a)),
                    ]);

                    for (var i = 0; i < o.Labs.Length; i++)
                    {
                        var share = weightSum > 0 ? weights[i] / weightSum : 0;
                        WriteFirm(sink, row, tick, rep, o.Labs[i], "lab", labAlive[i] ? labRevenue * share : 0,
                            share, labAlive[i] ? (0.8 + (0.1 * i)) * Math.Pow(1.02 + (0.005 * i), tick) : 0, 0.01 * i * tick / o.Ticks, labAlive[i]);
                    }

                    for (var i = 0; i < o.Clouds.Length; i++)
                    {
                        var share = (o.Clouds.Length - i) / (double)(o.Clouds.Length * (o.Clouds.Length + 1) / 2);
                        WriteFirm(sink, row, tick, rep, o.Clouds[i], "cloud", cloudRevenue * share, share, 0, i == 0 ? 0.15 * tick / o.Ticks : 0, true);
                    }

                    for (var i = 0; i < o.Vendors.Length; i++)
                    {
                        var share = i == 0 ? 0.8 : 0.2 / (o.Vendors.Length - 1);
                        WriteFirm(sink, row, tick, rep, o.Vendors[i], "vendor", vendorRevenue * share, share, 0, i == 0 ? 0.25 * Math.Sin(Math.PI * tick / o.Ticks) : 0, true);
                    }

                    if (o.WithInvestors)
                    {
                        for (var i = 0; i < o.Investors.Length; i++)
                        {
                            var drift = i == 0 ? o.TollGrowth : 0.02 - (0.01 * i);
                            var spread = 1 + ((0.04 + (0.03 * i)) * Math.Sin((rep * 2.3) + i) * Math.Sqrt(tick));
                            var value = 100 * Math.Pow(1 + drift, tick) * spread;
                            Write(sink, "investors", [
                                DataValue.Of(tick), DataValue.Of(rep), DataValue.Of(o.Investors[i]),
                                DataValue.Of(i == 0 ? "racetrack" : i == 1 ? "single-lab" : "lab-index"),
                                DataValue.Of(value), DataValue.Of((value / 100) - 1),
                            ]);
                        }
                    }

                    if (o.WithFlows)
                    {
                        Write(sink, "flows", [
                            DataValue.Of(tick), DataValue.Of(rep), DataValue.Of(o.Labs[0]), DataValue.Of(o.Clouds[0]),
                            DataValue.Of("compute"), DataValue.Of("investment:" + o.Vendors[0]), DataValue.Of(0.1 * growth),
                        ]);
                    }
                }
            }
        }

        if (o.WithSummary && o.WithInvestors)
        {
            CsvTable.WriteAll(Path.Combine(directory, RunData.SummaryFile), o.Investors.Select((id, i) => new SummaryRow
            {
                Id = id,
                Strategy = i == 0 ? "racetrack" : i == 1 ? "single-lab" : "lab-index",
                Target = i == 1 ? "openai" : "",
                Replications = o.Replications,
                MeanReturn = 0.6 - (0.3 * i),
                P5Return = 0.2 - (0.4 * i),
                P95Return = 0.9 - (0.1 * i),
                Cagr = 0.25 - (0.1 * i),
                Volatility = 0.1 + (0.1 * i),
                MaxDrawdown = 0.05 + (0.1 * i),
                ProbLoss = 0.02 + (0.2 * i),
            }));
        }

        new RunManifest
        {
            Scenario = o.Scenario,
            Description = o.Description,
            StartMonth = "2025-11",
            Ticks = o.Ticks,
            Replications = o.Replications,
            Seed = 42,
            Version = "0.0.0-test",
            GitRevision = "abc123",
            CommandLine = "marketsim run scenarios/fixture.json",
            CreatedUtc = new DateTimeOffset(2025, 11, 28, 0, 0, 0, TimeSpan.Zero),
            Timings = new Dictionary<string, double> { ["simulate"] = 1.5 },
        }.Save(Path.Combine(directory, RunManifest.FileName));
        return directory;
    }

    private static void WriteFirm(CsvDataSink sink, DataValue[] row, int tick, int rep, string id, string kind, double revenue,
        double share, double capability, double roundTrip, bool alive)
    {
        row[0] = DataValue.Of(tick);
        row[1] = DataValue.Of(rep);
        row[2] = DataValue.Of(id);
        row[3] = DataValue.Of(kind);
        row[4] = DataValue.Of(revenue);
        row[5] = DataValue.Of(revenue * 0.8);
        row[6] = DataValue.Of(revenue * 0.2);
        row[7] = DataValue.Of(10.0 + tick);
        row[8] = DataValue.Of(revenue * 12 * 20);
        row[9] = DataValue.Of(share);
        row[10] = DataValue.Of(capability);
        row[11] = DataValue.Of(1.5);
        row[12] = DataValue.Of(kind == "cloud" ? 2.0 + (0.1 * tick) : 0);
        row[13] = DataValue.Of(kind == "cloud" ? 0.5 + (0.05 * tick) : double.NaN);
        row[14] = DataValue.Of(kind == "cloud" ? 0.8 : 0);
        row[15] = DataValue.Of(roundTrip);
        row[16] = DataValue.Of(alive);
        sink.WriteRow("firms", row);
    }

    private static void Write(CsvDataSink sink, string table, DataValue[] values) => sink.WriteRow(table, values);
}
