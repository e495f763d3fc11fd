using System.Text.Json.Nodes;
using MarketSim.Output;
using MarketSim.Tests.Support;

namespace MarketSim.Tests.Output;

public sealed class RunManifestTests
{
    [Fact]
    public void ToJson_UsesSnakeCaseAndRoundTrips()
    {
        var manifest = new RunManifest
        {
            Scenario = "baseline-2025",
            Description = "Calibrated to late 2025.",
            StartMonth = "2025-11",
            Ticks = 120,
            Replications = 20,
            Seed = ulong.MaxValue,
            Version = "1.0.0",
            GitRevision = "deadbeef",
            CommandLine = "marketsim run scenarios/baseline-2025.json",
            CreatedUtc = new DateTimeOffset(2025, 11, 28, 12, 0, 0, TimeSpan.Zero),
            Timings = new Dictionary<string, double> { ["simulate"] = 12.5 },
            ResolvedScenario = new JsonObject { ["name"] = "baseline-2025" },
        };
        string json;
        using (new CultureScope("de-DE"))
        {
            json = manifest.ToJson();
        }

        foreach (var key in new[] { "\"scenario\"", "\"start_month\"", "\"git_revision\"", "\"command_line\"", "\"created_utc\"", "\"resolved_scenario\"", "\"timings\"", "12.5" })
        {
            Assert.Contains(key, json, StringComparison.Ordinal);
        }

        Assert.DoesNotContain('\r', json);
        var back = RunManifest.FromJson(json);
        Assert.Equal(manifest.Seed, back.Seed);
        Assert.Equal(manifest.CreatedUtc, back.CreatedUtc);
        Assert.Equal(12.5, back.Timings["simulate"]);
        Assert.Equal("baseline-2025", back.ResolvedScenario!["name"]!.GetValue<string>());
        Assert.Equal(new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Unspecified), back.MonthOf(11));
    }

    [Fact]
    public void ParseMonth_BadText_ThrowsFormatException() =>
        Assert.Throws<FormatException>(() => RunManifest.ParseMonth("11/2025"));
}
