using MarketSim.Experiments.Backtests;
using MarketSim.Scenarios;
using MarketSim.Scenarios.Observations;
using MarketSim.Tests.Scenarios;
using MarketSim.Tests.Scenarios.Observations;

namespace MarketSim.Tests.Experiments.Backtests;

/// <summary>Backtest rows and scores on hand-made runs (baseline-2025's firms, start 2025-11), against hand-computed values.</summary>
public sealed class BacktestRunnerTests
{
    private static readonly Lazy<MarketSim.Market.Parameters.ScenarioParameters> Baseline = new(() =>
        ScenarioLoader.Load(Path.Combine(Support.Repository.Root, "scenarios", "baseline-2025.json"), []).Parameters);

    private static BacktestResult Score(params string[] rows)
    {
        using var folder = new TempFolder();
        var set = ObservationLoader.Load(ObservationFiles.Write(folder, rows));
        var binding = ObservationBinding.Bind(set, Baseline.Value);
        var window = BacktestRunner.Window(binding, Baseline.Value, new BacktestOptions(5, 1, null, null));
        // Five runs: replication k (1..5) has every money figure times k.
        var runs = Enumerable.Range(1, 5).Select(k => HandTrajectory.Create(k)).ToArray();
        return BacktestRunner.Score(binding, window, runs);
    }

    [Fact]
    public void Score_HandMadeRuns_GivesHandComputedRowsAndScores()
    {
        var result = Score(
            "lab_revenue_run_rate,openai,2025-07-01,2025-07-31,10,USD bn/yr,,,reported,https://x,",
            "lab_revenue_run_rate,openai,2025-09-01,2025-09-30,20,USD bn/yr,,,reported,https://x,",
            "lab_revenue_run_rate,openai,2026-01-01,2026-01-31,40,USD bn/yr,,,reported,https://x,",
            "vendor_dc_revenue_quarter,nvidia,2025-11-01,2026-01-31,1000,USD bn/quarter,,,reported,https://x,");
        Assert.Equal(2, result.Rows.Count);

        // Run-rate at tick 2: 12 x 3k = 36, 72, 108, 144, 180; R7 p5 = 36 + 0.2 x 36, p95 = 144 + 0.8 x 36.
        var run = result.Rows[0];
        Assert.Equal(("lab_revenue_run_rate", "openai", 40.0), (run.Series, run.Firm, run.Observed));
        Assert.Equal(43.2, run.P5, 9);
        Assert.Equal(108, run.P50, 9);
        Assert.Equal(172.8, run.P95, 9);
        Assert.False(run.Inside);
        Assert.Equal(Math.Log(4) + (20 * Math.Log(43.2 / 40)), run.IntervalScore, 9);
        Assert.Equal(Math.Log(108.0 / 40), run.LogError, 12);
        // Naive: the line through ln 10 and ln 20 at 92 and 31 days before the start (time = (days + 1) / 30.4375),
        // extrapolated to 92 days after it: 20 x 2^((92 + 31) / 61).
        var naive = 20 * Math.Pow(2, 123.0 / 61);
        Assert.Equal(naive, run.Naive!.Value, 9);
        Assert.Equal(Math.Log(naive / 40), run.NaiveLogError!.Value, 9);

        // NVIDIA's quarter = ticks 0-2: 303k, over the compute share 0.84 of data-centre revenue (shares.csv);
        // inside [363.6, 1454.4] / 0.84.
        var vendor = result.Rows[1];
        Assert.Equal(363.6 / 0.84, vendor.P5, 9);
        Assert.Equal(1454.4 / 0.84, vendor.P95, 9);
        Assert.True(vendor.Inside);
        Assert.Equal(Math.Log(4), vendor.IntervalScore, 9);
        Assert.Null(vendor.Naive);

        var all = result.Scores[^1];
        Assert.Equal("all", all.Series);
        Assert.Equal(2, all.Observations);
        Assert.Equal(0.5, all.Coverage, 12);
        Assert.Equal((run.IntervalScore + vendor.IntervalScore) / 2, all.MeanIntervalScore, 12);
        Assert.Equal((Math.Abs(run.LogError) + Math.Abs(vendor.LogError)) / 2, all.MedianAbsLogError, 12);
        Assert.Equal(Math.Abs(run.NaiveLogError!.Value), all.NaiveMedianAbsLogError!.Value, 12);
        Assert.Equal(["lab_revenue_run_rate", "vendor_dc_revenue_quarter", "all"], result.Scores.Select(s => s.Series));
        Assert.Contains(result.Skipped, s => s.StartsWith("2 observations dated before 2025-11-01", StringComparison.Ordinal));
    }

    [Fact]
    public void Score_FigureWithAPublishedRange_IsHeldToTheBandBlurredByItsOwnError()
    {
        // The run-rate of 40 (published as 30-50, so sigma = ln(50/30) / 2 = 0.255) lies below the runs' band
        // [43.2, 172.8]: a miss for the model's band, inside the band of what the figure would read.
        var result = Score(
            "lab_revenue_run_rate,openai,2026-01-01,2026-01-31,40,USD bn/yr,30,50,reported,https://x,");

        var row = Assert.Single(result.Rows);
        Assert.False(row.Inside);
        var sigma = 0.5 * Math.Log(50.0 / 30);
        var (low, high) = BacktestScoring.PredictiveBand([Math.Log(36), Math.Log(72), Math.Log(108), Math.Log(144), Math.Log(180)], sigma);
        Assert.Equal(Math.Exp(low), row.PredictiveP5, 9);
        Assert.Equal(Math.Exp(high), row.PredictiveP95, 9);
        Assert.True(row.PredictiveP5 < 40 && row.PredictiveP95 > 172.8, $"[{row.PredictiveP5}, {row.PredictiveP95}]");
        Assert.True(row.InsidePredictive);
        Assert.Equal((0.0, 1.0), (result.Scores[^1].Coverage, result.Scores[^1].PredictiveCoverage));
    }

    [Fact]
    public void Score_PointsAndBounds_EachKindIsSummarisedOnItsOwn()
    {
        // Azure's revenue is an upper bound (segment revenue holds more than AI revenue). Its quarter (ticks 0-2) is
        // 33k for run k, so the band [39.6, 158.4] lies wholly below the reported 1000: a miss as a point, a bound
        // kept. NVIDIA's quarter is a point inside its band (Score_HandMadeRuns_GivesHandComputedRowsAndScores).
        var result = Score(
            "cloud_revenue_quarter,azure,2025-11-01,2026-01-31,1000,USD bn/quarter,,,reported,https://x,",
            "vendor_dc_revenue_quarter,nvidia,2025-11-01,2026-01-31,1000,USD bn/quarter,,,reported,https://x,");

        var cloud = result.Rows.Single(r => r.Series == "cloud_revenue_quarter");
        Assert.Equal((FigureBound.Upper, false, true), (cloud.Bound, cloud.Inside, cloud.Respected));
        var vendor = result.Rows.Single(r => r.Series == "vendor_dc_revenue_quarter");
        Assert.Equal((FigureBound.Point, true, true), (vendor.Bound, vendor.Inside, vendor.Respected));

        Assert.Equal(["cloud_revenue_quarter", "vendor_dc_revenue_quarter", "all points", "all bounds", "all"], result.Scores.Select(s => s.Series));
        var byName = result.Scores.ToDictionary(s => s.Series);
        Assert.Equal(("upper", 0.0, 1.0), (byName["cloud_revenue_quarter"].Bound, byName["cloud_revenue_quarter"].Coverage, byName["cloud_revenue_quarter"].Respected));
        Assert.Equal(("point", 1, 1.0, 1.0), (byName["all points"].Bound, byName["all points"].Observations, byName["all points"].Coverage, byName["all points"].Respected));
        Assert.Equal(("upper", 1, 0.0, 1.0), (byName["all bounds"].Bound, byName["all bounds"].Observations, byName["all bounds"].Coverage, byName["all bounds"].Respected));
        Assert.Equal(("mixed", 2, 0.5, 1.0), (byName["all"].Bound, byName["all"].Observations, byName["all"].Coverage, byName["all"].Respected));
    }

    [Fact]
    public void Bind_CompanyMapIsData_MissingFirmsAndWrongKindsAreCounted()
    {
        using var folder = new TempFolder();
        var set = ObservationLoader.Load(ObservationFiles.Write(folder,
            "capex_quarter,microsoft,2025-11-01,2026-01-31,30,USD bn/quarter,,,reported,https://x,",
            "capex_quarter,meta-platforms,2025-11-01,2026-01-31,30,USD bn/quarter,,,reported,https://x,",
            "capex_quarter,tesla,2025-11-01,2026-01-31,30,USD bn/quarter,,,reported,https://x,",
            "token_price_index,market,2025-12-01,2025-12-31,0.1,USD per M tokens,,,estimate,https://x,"));
        var binding = ObservationBinding.Bind(set, Baseline.Value);
        Assert.Equal(["azure", null], binding.Targets.Select(t => t.FirmId));
        Assert.Equal((0, 2), (binding.Targets[0].First, binding.Targets[0].Last));
        Assert.Equal(1, binding.MissingFirm);
        Assert.Equal(["tesla"], binding.MissingFirms);
        Assert.Equal(1, binding.WrongKind);

        // The map comes from companies.csv: with one beside the file that maps nothing, microsoft is not a firm of
        // the scenario; with none beside it the shipped map applies.
        folder.Write("companies.csv", "company,firm,note\n");
        var unmapped = ObservationBinding.Bind(ObservationLoader.Load(folder.PathOf("obs.csv")), Baseline.Value);
        Assert.Equal(3, unmapped.MissingFirm);
        File.Delete(folder.PathOf("companies.csv"));
        var shipped = ObservationLoader.Load(folder.PathOf("obs.csv"));
        Assert.Equal(["companies.csv"], shipped.BuiltInTables);
        Assert.Equal(1, ObservationBinding.Bind(shipped, Baseline.Value).MissingFirm);
    }

    [Fact]
    public void Bind_SharesAreData_TheMeasureIsDividedByTheShareOfTheReportedFigure()
    {
        using var folder = new TempFolder();
        var path = ObservationFiles.Write(folder,
            "vendor_dc_revenue_quarter,nvidia,2025-11-01,2026-01-31,60,USD bn/quarter,,,reported,https://x,",
            "vendor_dc_revenue_quarter,amd,2025-11-01,2026-01-31,6,USD bn/quarter,,,reported,https://x,");
        var targets = ObservationBinding.Bind(ObservationLoader.Load(path), Baseline.Value).Targets;
        Assert.Equal([0.84, 0.40], targets.Select(t => t.Share));
        var run = HandTrajectory.Create();
        Assert.Equal(303 / 0.84, targets[0].Measure(run), 9);

        // With a shares.csv that lists nothing every figure is wholly the model's measure.
        folder.Write("shares.csv", "series,firm,share,note\n");
        var plain = ObservationBinding.Bind(ObservationLoader.Load(path), Baseline.Value).Targets;
        Assert.Equal(303, plain[0].Measure(run), 9);
    }

    [Fact]
    public void Record_Baseline_ListedCompanyValueIsItsMarketValueAtTickZeroThenAiBusinessPlusCore()
    {
        var scenario = Baseline.Value;
        var run = TrajectorySimulator.RunOne(scenario, 13, 0, CancellationToken.None);
        var companies = scenario.Market.Valuation.ListedCompanies!;
        Assert.NotEmpty(companies);
        foreach (var company in companies)
        {
            // Every member carries the company's value: at tick 0 the AI share a_e of the market value plus the core (1 - a_e).
            foreach (var member in company.Members)
                Assert.Equal(company.MarketValue, run.Firm(member)![FirmMeasure.CompanyValue, 0], 6);
            var first = run.Firm(company.Members[0])!;
            var ai = company.Members.Sum(m => run.Firm(m)![FirmMeasure.Valuation, 12]);
            if (company.AiShare == 1)
                Assert.Equal(ai, first[FirmMeasure.CompanyValue, 12], 9);
            else
                Assert.True(first[FirmMeasure.CompanyValue, 12] > ai, $"{company.Id}: the core business adds to the AI business");
        }

        // CoreWeave is all AI (a_e = 1): no core. A lab belongs to no listed company: its company value is its own valuation.
        var lab = run.Firm("openai")!;
        Assert.Equal(lab[FirmMeasure.Valuation, 12], lab[FirmMeasure.CompanyValue, 12]);
    }

    [Fact]
    public void Window_UntilAndPeriodsOutsideTheRun_AreNotScored()
    {
        using var folder = new TempFolder();
        var set = ObservationLoader.Load(ObservationFiles.Write(folder,
            "lab_revenue_run_rate,openai,2026-01-01,2026-01-31,40,USD bn/yr,,,reported,https://x,",
            "lab_revenue_run_rate,openai,2026-05-01,2026-05-31,40,USD bn/yr,,,reported,https://x,",
            "cloud_revenue_quarter,azure,2025-10-01,2025-12-31,20,USD bn/quarter,,,reported,https://x,"));
        var binding = ObservationBinding.Bind(set, Baseline.Value);
        var window = BacktestRunner.Window(binding, Baseline.Value, new BacktestOptions(1, 1, null, new DateOnly(2026, 3, 31)));
        Assert.Single(window.Scored);
        Assert.Equal(1, window.After);
        Assert.Equal(1, window.Outside);
        Assert.Equal(3, window.Ticks);
    }
}
