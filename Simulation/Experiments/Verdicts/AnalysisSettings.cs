using MarketSim.Engine;
using MarketSim.Market.Parameters;

namespace MarketSim.Experiments.Verdicts;

/// <summary>
/// What the outcome analysis needs beyond the outcomes: the bootstrap's seed, resample count and confidence, and
/// the certainty-equivalent parameters of the scenario's <c>analysis</c> section.
/// </summary>
/// <param name="BootstrapSeed">Seed of the resampling stream (see <see cref="ForRun"/>).</param>
/// <param name="WealthFraction">f of the certainty equivalent.</param>
/// <param name="RiskAversion">gamma of the certainty equivalent.</param>
/// <param name="Resamples">Bootstrap resamples B.</param>
/// <param name="Confidence">Level of every interval.</param>
public sealed record AnalysisSettings(ulong BootstrapSeed, double WealthFraction = 0.1, double RiskAversion = 2,
    int Resamples = AnalysisSettings.DefaultResamples, double Confidence = 0.95)
{
    /// <summary>B = 2,000 resamples (MODEL.md 8.4.12).</summary>
    public const int DefaultResamples = 2_000;

    /// <summary>The name of the bootstrap's stream under the run seed.</summary>
    public const string StreamName = "bootstrap";

    /// <summary>
    /// The settings of a run seeded <paramref name="runSeed"/>: the bootstrap draws from its own named stream of that
    /// seed, so it never shares numbers with a replication and the same run always gives the same intervals.
    /// </summary>
    public static AnalysisSettings ForRun(ulong runSeed, AnalysisParameters? analysis)
    {
        var a = analysis ?? AnalysisParameters.Default;
        return new AnalysisSettings(SeedMixer.Derive(runSeed, StreamName), a.WealthFraction, a.RiskAversion);
    }
}
