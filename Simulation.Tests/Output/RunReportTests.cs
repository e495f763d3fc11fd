using System.Text.RegularExpressions;
using MarketSim.Output;
using MarketSim.Tests.Support;

namespace MarketSim.Tests.Output;

public sealed partial class RunReportTests
{
    [Fact]
    public void Write_FixtureRun_IsSelfContainedWithSummaryAndFindings()
    {
        using var dir = new TempDirectory();
        RunFixture.Write(dir.Path);
        RunArtifactsResult result;
        using (new CultureScope("de-DE"))
        {
            result = RunArtifacts.Write(dir.Path);
        }

        var html = File.ReadAllText(result.ReportPath);
        Assert.Equal(Path.Combine(dir.Path, "report.html"), result.ReportPath);
        foreach (Match link in Reference().Matches(html))
        {
            var target = link.Groups[2].Value;
            Assert.False(target.StartsWith("//", StringComparison.Ordinal) || target.Contains(':', StringComparison.Ordinal),
                $"External or absolute reference: {link.Value}");
        }

        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);

        // Scenario, encoded description, summary table, charts inlined, CSV links.
        Assert.Contains("<h1>fixture-2025</h1>", html, StringComparison.Ordinal);
        Assert.Contains("two vendors &amp; &lt;three&gt; investors", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("bet-openai", html, StringComparison.Ordinal);
        Assert.Contains("+60.0%", html, StringComparison.Ordinal);
        Assert.Equal(8, Regex.Count(html, "<svg "));
        Assert.Contains("href=\"model.csv\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"charts/revenue_by_layer.png\"", html, StringComparison.Ordinal);

        // Findings computed from the data.
        // The fixture has no verdict.csv: the first finding says so, and no finding ranks investors by their mean.
        Assert.Contains("<li>No verdict: the run has no verdict.csv", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Highest mean return", html, StringComparison.Ordinal);
        Assert.Contains("Lowest risk: racetrack", html, StringComparison.Ordinal);
        Assert.Contains("toll share", html, StringComparison.Ordinal);
        Assert.Contains("Peak round-trip share: in Nov 2026, 25.0% of nvidia", html, StringComparison.Ordinal);
        Assert.Contains("openai led the lab market in Oct 2027", html, StringComparison.Ordinal);

        // Clip-path ids must stay unique once several charts share one document.
        var ids = Regex.Matches(html, "\\bid=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Write_WithoutSummaryCsv_SaysSoAndStillDrawsInvestors()
    {
        using var dir = new TempDirectory();
        RunFixture.Write(dir.Path, new RunFixture.Options { WithSummary = false });
        var html = File.ReadAllText(RunArtifacts.Write(dir.Path).ReportPath);
        Assert.Contains("the run has no summary.csv", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"summary.csv\"", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_EarlyRun_SaysWhatIsMissing()
    {
        using var dir = new TempDirectory();
        RunFixture.Write(dir.Path, new RunFixture.Options { WithInvestors = false, WithSummary = false, WithFlows = false });
        var html = File.ReadAllText(RunArtifacts.Write(dir.Path).ReportPath);
        Assert.Contains("Not drawn: Investor value: the run has no investors.csv.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<table>", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("\\b(src|href)\\s*=\\s*\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex Reference();
}
