using MarketSim.Engine;
using MathNet.Numerics.Random;

namespace MarketSim.Experiments.Sweeps;

/// <summary>
/// Every seed of a sweep, from the sweep seed S alone: run k has seed <c>SeedMixer.Derive(S, k)</c> and its
/// model runs as replication 0 of a scenario with that seed, so the model's generator is seeded with
/// <c>MarketRunner.ReplicationSeed(SeedMixer.Derive(S, k), 0)</c>. The design draws from
/// <c>SeedMixer.Derive(S, "design")</c> and the bootstrap of the analysis from <c>SeedMixer.Derive(S, "analysis")</c>.
/// </summary>
public static class SweepSeeds
{
    /// <summary>The rule, as recorded in <c>plan.json</c> (part of the plan hash).</summary>
    public const string Rule = "run seed = SeedMixer.Derive(seed, run_id); model seed = MarketRunner.ReplicationSeed(run seed, 0)";

    /// <summary>The seed of run <paramref name="runId"/>.</summary>
    public static ulong RunSeed(ulong sweepSeed, long runId) => SeedMixer.Derive(sweepSeed, runId);

    /// <summary>The generator the design draws from.</summary>
    public static RandomSource DesignRandom(ulong sweepSeed) => Generator(SeedMixer.Derive(sweepSeed, "design"));

    /// <summary>The generator bootstrap intervals draw from.</summary>
    public static RandomSource AnalysisRandom(ulong sweepSeed) => Generator(SeedMixer.Derive(sweepSeed, "analysis"));

    // MathNet seeds with an int: fold the 64-bit seed.
    private static Xoshiro256StarStar Generator(ulong seed) => new(unchecked((int)(seed ^ (seed >> 32))), threadSafe: false);
}
