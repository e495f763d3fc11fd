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
    public const string Rule = "common random numbers: run seed = SeedMixer.Derive(SeedMixer.Derive(seed, group), replication), "
        + "group = the Saltelli block (sobol), the trajectory (morris) or 0 (grid, lhs) of the run's design point; "
        + "model seed = MarketRunner.ReplicationSeed(run seed, 0)";

    /// <summary>The seed of replication <paramref name="replication"/> of the design points in seed group <paramref name="group"/>.</summary>
    public static ulong RunSeed(ulong sweepSeed, long group, int replication) =>
        SeedMixer.Derive(SeedMixer.Derive(sweepSeed, group), replication);

    /// <summary>The generator the design draws from.</summary>
    public static RandomSource DesignRandom(ulong sweepSeed) => Generator(SeedMixer.Derive(sweepSeed, "design"));

    /// <summary>The generator bootstrap intervals draw from.</summary>
    public static RandomSource AnalysisRandom(ulong sweepSeed) => Generator(SeedMixer.Derive(sweepSeed, "analysis"));

    // MathNet seeds with an int: fold the 64-bit seed.
    private static Xoshiro256StarStar Generator(ulong seed) => new(unchecked((int)(seed ^ (seed >> 32))), threadSafe: false);
}
