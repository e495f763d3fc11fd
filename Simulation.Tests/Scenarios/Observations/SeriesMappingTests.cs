using MarketSim.Scenarios.Observations;

namespace MarketSim.Tests.Scenarios.Observations;

/// <summary>Every registered series measured on a hand-made trajectory against values computed by hand.</summary>
public sealed class SeriesMappingTests
{
    public static TheoryData<string, string?, int, int, double> Cases() => new()
    {
        // Run-rates: 12 x the month of the period end.
        { "lab_revenue_run_rate", "openai", 3, 3, 12 * 4 },
        { "ai_revenue_run_rate", "azure", 0, 5, 12 * 15 },
        { "vendor_ai_chip_revenue_run_rate", "nvidia", 2, 2, 12 * 102 },
        // Sums over the period's months.
        { "lab_revenue_year", "openai", 0, 11, 78 },
        { "lab_revenue_guidance_year", "openai", 12, 23, 222 },
        { "capex_quarter", "azure", 3, 5, 2 * (3 + 4 + 5) },
        { "capex_year", "azure", 0, 11, 2 * 66 },
        { "capex_guidance_quarter", "azure", 0, 2, 2 * 3 },
        { "capex_guidance_year", "azure", 12, 23, 2 * 210 },
        { "capex_incl_finance_leases_quarter", "azure", 6, 8, 2 * 21 },
        { "capex_incl_finance_leases_year", "azure", 1, 12, 2 * 78 },
        { "cloud_revenue_quarter", "azure", 0, 2, 10 + 11 + 12 },
        { "cloud_revenue_year", "azure", 0, 11, 120 + 66 },
        { "cloud_revenue_guidance_quarter", "azure", 3, 5, 13 + 14 + 15 },
        { "cloud_revenue_guidance_year", "azure", 12, 23, 120 + 210 },
        { "vendor_dc_revenue_quarter", "nvidia", 0, 2, 303 },
        { "vendor_ai_revenue_quarter", "nvidia", 3, 5, 312 },
        { "vendor_ai_revenue_guidance_quarter", "nvidia", 6, 8, 321 },
        { "vendor_ai_accelerator_revenue_year", "nvidia", 0, 11, 1266 },
        // NVIDIA guides total revenue: the series sums the vendor's revenue, and shares.csv scales it (BacktestTarget).
        { "vendor_revenue_guidance_quarter", "nvidia", 0, 2, 303 },
        // Levels in the month of the period end.
        { "lab_valuation_post_money", "openai", 4, 4, 140 },
        // A listed company: the company's value, AI business plus core, recorded on the cloud standing for it (microsoft -> azure).
        { "market_value", "azure", 4, 4, 3080 },
        { "token_list_price_input", "openai", 0, 10, 4 },
        { "token_list_price_output", "openai", 10, 10, 4 },
        { "contracted_backlog", "azure", 7, 7, 43 },
        { "fleet_compute", "azure", 0, 9, 12 },
        { "gpu_rental_price", "azure", 0, 0, 2 },
        { "lab_compute_power_gw", "openai", 0, 6, 3 },
        // Changes: 100 x (revenue over months 12-14 / months 0-2 - 1); price at the end over the month before the start.
        { "cloud_revenue_growth_yoy", "azure", 12, 14, 100 * ((22.0 + 23 + 24) / (10 + 11 + 12) - 1) },
        { "gpu_rental_price_change", "azure", 5, 6, 100 * (2.06 / 2.04 - 1) },
        // Market: the cheapest lab price, and its yearly fall factor.
        { "token_price_index", null, 0, 20, 3 },
        { "token_price_decline_per_year", null, 0, 12, 5 / 3.8 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Measure_HandMadeTrajectory_MatchesHandComputedValue(string name, string? firm, int first, int last, double expected)
    {
        var series = SeriesKinds.Find(name)!;
        var run = HandTrajectory.Create();
        var path = firm is null ? null : run.Firm(firm);
        var scope = firm is null ? SeriesScope.Market : path!.Kind;
        Assert.Equal(scope, series.Scope == SeriesScope.Listed && scope != SeriesScope.Lab ? scope : series.Scope);
        Assert.Equal(expected, series.Measure(run, path, first, last), 9);
    }

    [Fact]
    public void Cases_CoverEverySeries()
    {
        var covered = Cases().Select(c => (string)c[0]).Order(StringComparer.Ordinal);
        Assert.Equal(SeriesKinds.Names, covered);
    }

    [Fact]
    public void Window_GrowthNeedsTheYearBefore_PriceChangeTheMonthBefore_LevelsOnlyTheEnd()
    {
        Assert.Equal((0, 14), SeriesKinds.Find("cloud_revenue_growth_yoy")!.Window(12, 14));
        Assert.Equal((4, 6), SeriesKinds.Find("gpu_rental_price_change")!.Window(5, 6));
        Assert.Equal((6, 6), SeriesKinds.Find("lab_valuation_post_money")!.Window(0, 6));
        Assert.Equal((3, 5), SeriesKinds.Find("capex_quarter")!.Window(3, 5));
    }

    [Fact]
    public void Positive_PercentagesAreScoredAsRatios()
    {
        var growth = SeriesKinds.Find("cloud_revenue_growth_yoy")!;
        Assert.Equal(1.25, growth.Positive(25), 12);
        Assert.Equal(-40, growth.FromPositive(0.6), 12);
        Assert.Equal(7, SeriesKinds.Find("capex_quarter")!.Positive(7));
    }
}
