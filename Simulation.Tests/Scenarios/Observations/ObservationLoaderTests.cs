using MarketSim.Scenarios;
using MarketSim.Scenarios.Observations;

namespace MarketSim.Tests.Scenarios.Observations;

public sealed class ObservationLoaderTests
{
    private const string Good = "lab_revenue_run_rate,openai,2025-12-01,2025-12-31,20,USD bn/yr,20,,reported,https://example.com/a,ok";

    [Fact]
    public void Load_ShippedSet_ReadsEveryRowWithASourceAndAKnownSeries()
    {
        var set = ObservationLoader.Load(Path.Combine(Support.Repository.Root, "scenarios", "observations", "ai-market-to-2026-02.csv"));
        Assert.Equal(244, set.Observations.Count);
        Assert.All(set.Observations, o => Assert.StartsWith("http", o.Source, StringComparison.Ordinal));
        Assert.All(set.Observations, o => Assert.NotNull(SeriesKinds.Find(o.Series)));
        // Every series of the set has its own registered type.
        Assert.Equal(set.Observations.Select(o => o.Series).Distinct().Order(StringComparer.Ordinal), SeriesKinds.Names);
    }

    [Fact]
    public void Load_ShippedSet_EveryShareNamesASeriesAndFirmTheSetHolds()
    {
        // A share row with a misspelt firm or series would be silently unused and leave its figures at share 1.
        var set = ObservationLoader.Load(Path.Combine(Support.Repository.Root, "scenarios", "observations", "ai-market-to-2026-02.csv"));
        Assert.NotEmpty(set.Shares.Pairs);
        Assert.All(set.Shares.Pairs, pair =>
            Assert.Contains(set.Observations, o => o.Series == pair.Series && o.Firm == pair.Firm));
    }

    [Fact]
    public void Load_Units_ConvertToModelUnits()
    {
        using var folder = new TempFolder();
        var path = ObservationFiles.Write(folder,
            "lab_valuation_post_money,mistral,2025-09-09,2025-09-09,10,EUR bn,,,reported,https://example.com/m,",
            "gpu_rental_price,azure,2024-10-01,2024-10-31,2,USD/GPU-hour,1,3,estimate,https://example.com/g,");
        var set = ObservationLoader.Load(path);
        Assert.Equal(11.0, set.Observations[0].Value, 12);
        Assert.Equal(1.46, set.Observations[1].Value, 12);
        Assert.Equal(0.73, set.Observations[1].Low!.Value, 12);
        Assert.Equal(2.19, set.Observations[1].High!.Value, 12);
    }

    [Fact]
    public void Load_Guidance_IsDatedByItsIssueDate()
    {
        using var folder = new TempFolder();
        var path = ObservationFiles.Write(folder,
            "capex_guidance_year,amazon,2026-01-01,2026-12-31,200,USD bn/year,,,guidance,https://example.com/c,issued 2026-02-05: about $200B",
            "capex_guidance_year,alphabet,2025-01-01,2025-12-31,75,USD bn/year,,,guidance,https://example.com/d,issued 2025-02");
        var set = ObservationLoader.Load(path);
        Assert.Equal(new DateOnly(2026, 2, 5), set.Observations[0].Date);
        Assert.Equal(new DateOnly(2025, 2, 28), set.Observations[1].Date);
        Assert.Equal("azure", set.Companies.FirmOf("microsoft"));
        Assert.Equal("openai", set.Companies.FirmOf("openai"));
    }

    [Theory]
    [InlineData("lab_revenue_run_rate,openai,2025-13-01,2025-12-31,20,USD bn/yr,,,reported,https://x,", "column 3 (period_start)", "expected a date yyyy-MM-dd, got '2025-13-01'")]
    [InlineData("lab_revenue_run_rate,openai,2025-12-01,2025/12/31,20,USD bn/yr,,,reported,https://x,", "column 4 (period_end)", "expected a date")]
    [InlineData("lab_revenue_run_rate,openai,2025-12-01,2025-11-30,20,USD bn/yr,,,reported,https://x,", "column 4 (period_end)", "is before period_start")]
    [InlineData("lab_revenue_run_rate,openai,2025-12-01,2025-12-31,twenty,USD bn/yr,,,reported,https://x,", "column 5 (value)", "expected a number, got 'twenty'")]
    [InlineData("lab_revenue_run_rate,openai,2025-12-01,2025-12-31,,USD bn/yr,,,reported,https://x,", "column 5 (value)", "empty field")]
    [InlineData("lab_revenue_run_rate,openai,2025-12-01,2025-12-31,-3,USD bn/yr,,,reported,https://x,", "column 5 (value)", "cannot be scored in logs")]
    [InlineData("lab_revenue_run_rate,openai,2025-12-01,2025-12-31,20,USD bn/yr,1e999,,reported,https://x,", "column 7 (low)", "expected a number")]
    [InlineData("lab_revenue_run_rate,openai,2025-12-01,2025-12-31,20,USD bn/yr,21,,reported,https://x,", "column 7 (low)", "above value")]
    [InlineData("lab_revenue_run_rate,openai,2025-12-01,2025-12-31,20,USD bn/yr,,19,reported,https://x,", "column 8 (high)", "below value")]
    [InlineData(",openai,2025-12-01,2025-12-31,20,USD bn/yr,,,reported,https://x,", "column 1 (series)", "series is empty")]
    [InlineData("lab_revenu_run_rate,openai,2025-13-01,2025-12-31,20,USD bn/yr,,,reported,https://x,", "column 3 (period_start)", "expected a date")]
    [InlineData("lab_revenue_run_rate,openai,2025-12-01,2025-12-31,20,USD mn,,,reported,https://x,", "column 6 (unit)", "unknown unit 'USD mn'")]
    [InlineData("lab_revenue_run_rate,openai,2025-12-01,2025-12-31,20,USD bn/yr,,,rumour,https://x,", "column 9 (kind)", "unknown kind 'rumour'")]
    [InlineData("lab_revenue_run_rate,openai,2025-12-01,2025-12-31,20,USD bn/yr,,,reported,,", "column 10 (source)", "source is empty")]
    [InlineData("lab_revenue_run_rate,,2025-12-01,2025-12-31,20,USD bn/yr,,,reported,https://x,", "column 2 (firm)", "firm is empty")]
    [InlineData("capex_guidance_year,amazon,2026-01-01,2026-12-31,200,USD bn/year,,,guidance,https://x,about $200B", "column 11 (note)", "issue date")]
    public void Load_BadRow_ReportsFileLineAndColumn(string row, string column, string message)
    {
        using var folder = new TempFolder();
        var path = ObservationFiles.Write(folder, Good, row);
        var error = Assert.Single(Assert.Throws<InputException>(() => ObservationLoader.Load(path)).Errors);
        Assert.Equal(path, error.File);
        Assert.Equal(3, error.Line);
        Assert.Equal(column, error.JsonPath);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SeriesTheModelDoesNotMeasure_IsSkippedAndCounted_InAUnitOfItsOwn()
    {
        using var folder = new TempFolder();
        var path = ObservationFiles.Write(folder, Good,
            "lab_revenu_run_rate,openai,2025-12-01,2025-12-31,20,USD bn/yr,,,reported,https://x,",
            "hbm_shipments,sk-hynix,2025-10-01,2025-12-31,3,million stacks,,,reported,https://x,",
            "hbm_shipments,samsung,2025-10-01,2025-12-31,2,million stacks,,,reported,https://x,");

        var set = ObservationLoader.Load(path);

        Assert.Single(set.Observations);
        Assert.Equal(new Dictionary<string, int> { ["hbm_shipments"] = 2, ["lab_revenu_run_rate"] = 1 }, set.UnmeasuredSeries);
    }

    [Fact]
    public void Load_BadHeaderFieldCountAndDuplicate_AreLocated()
    {
        using var folder = new TempFolder();
        folder.Write("units.csv", ObservationFiles.Units);
        var header = folder.Write("h.csv", "series,firm,start,end,value\n");
        Assert.Contains("expected the header", Assert.Single(Assert.Throws<InputException>(() => ObservationLoader.Load(header)).Errors).Message, StringComparison.Ordinal);

        var path = ObservationFiles.Write(folder, Good, "lab_revenue_run_rate,openai,2025-12-01", Good);
        var errors = Assert.Throws<InputException>(() => ObservationLoader.Load(path)).Errors;
        Assert.Equal(2, errors.Count);
        Assert.Equal(3, errors[0].Line);
        Assert.Contains("expected 11 fields, got 3", errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(4, errors[1].Line);
        Assert.Contains("duplicates line 2", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Shares_AreReadBesideTheFile_AndBadRowsAreLocated()
    {
        using var folder = new TempFolder();
        var path = ObservationFiles.Write(folder, Good);
        var shares = ObservationLoader.Load(path).Shares;
        Assert.Equal(0.84, shares.Of("vendor_dc_revenue_quarter", "nvidia"));
        Assert.Equal(0.40, shares.Of("vendor_dc_revenue_quarter", "amd"));
        Assert.Equal(0.558, shares.Of("capex_quarter", "microsoft"));
        Assert.Equal(1, shares.Of("capex_year", "coreweave"));

        folder.Write("shares.csv", string.Join("\n",
            "series,firm,share,note",
            "revenue_of_everything,nvidia,0.5,",
            "cloud_revenue_growth_yoy,azure,0.5,",
            "capex_quarter,microsoft,1.5,",
            "capex_quarter,amazon,0.5,",
            "capex_quarter,amazon,0.6,") + "\n");
        var errors = Assert.Throws<InputException>(() => ObservationLoader.Load(path)).Errors;
        Assert.Equal([2, 3, 4, 6], errors.Select(e => e.Line));
        Assert.All(errors, e => Assert.EndsWith("shares.csv", e.File, StringComparison.Ordinal));
        Assert.Contains("unknown series 'revenue_of_everything'", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("is a change, not a level or a flow", errors[1].Message, StringComparison.Ordinal);
        Assert.Equal("column 3 (share)", errors[2].JsonPath);
        Assert.Contains("expected a share in (0, 1], got '1.5'", errors[2].Message, StringComparison.Ordinal);
        Assert.Contains("listed twice", errors[3].Message, StringComparison.Ordinal);

        folder.Write("shares.csv", "series,firm,share,note\n");
        Assert.Equal(1, ObservationLoader.Load(path).Shares.Of("vendor_dc_revenue_quarter", "nvidia"));
    }

    [Fact]
    public void Load_NoSideTablesBesideTheFile_UsesTheShippedOnes()
    {
        // The program carries scenarios/observations/'s units, companies and shares; a bare observation file uses them.
        using var folder = new TempFolder();
        var path = folder.Write("obs.csv", ObservationFiles.Header + "\n"
            + "capex_quarter,microsoft,2025-10-01,2025-12-31,30,USD bn/quarter,,,reported,https://x,\n");

        var set = ObservationLoader.Load(path);

        Assert.Equal(["units.csv", "companies.csv", "shares.csv"], set.BuiltInTables);
        Assert.Equal("azure", set.Companies.FirmOf("microsoft"));
        Assert.Equal(0.558, set.Shares.Of("capex_quarter", "microsoft"));
        Assert.Contains("none beside the observation file", set.BuiltInTablesNote(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BadUnitFactor_IsAnError()
    {
        using var folder = new TempFolder();
        var path = folder.Write("obs.csv", ObservationFiles.Header + "\n" + Good + "\n");
        folder.Write("units.csv", "unit,to_model,note\nUSD bn/yr,zero,\n");
        var error = Assert.Single(Assert.Throws<InputException>(() => ObservationLoader.Load(path)).Errors);
        Assert.Equal(2, error.Line);
        Assert.Equal("column 2 (to_model)", error.JsonPath);
    }

    [Fact]
    public void TickOf_StartMonthIsTickZero()
    {
        var start = new DateOnly(2025, 11, 1);
        Assert.Equal(0, ObservationLoader.TickOf(new DateOnly(2025, 11, 30), start));
        Assert.Equal(3, ObservationLoader.TickOf(new DateOnly(2026, 2, 28), start));
        Assert.Equal(-22, ObservationLoader.TickOf(new DateOnly(2024, 1, 15), start));
    }
}
