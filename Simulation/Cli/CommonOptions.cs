using System.CommandLine;
using System.Globalization;

namespace MarketSim.Cli;

/// <summary>
/// The options several commands share, built in one place so that a name means the same everywhere
/// (README, Options): <c>--out/-o</c> where results go, <c>--quiet/-q</c> no progress output,
/// <c>--parallel/-j</c> how many runs or replications at once (at least 1), <c>--seed</c> the root seed,
/// <c>--set</c> one override of the scenario.
/// </summary>
internal static class CommonOptions
{
    public const string OutName = "--out";
    public const string QuietName = "--quiet";
    public const string ParallelName = "--parallel";
    public const string SeedName = "--seed";
    public const string SetName = "--set";

    /// <summary><c>--out/-o</c>: where the command writes; <paramref name="description"/> says what and the default.</summary>
    public static Option<string?> Out(string description) => new(OutName, "-o") { Description = description };

    /// <summary><c>--out/-o</c> for a command that has no default place to write.</summary>
    public static Option<string> RequiredOut(string description) => new(OutName, "-o") { Description = description, Required = true };

    /// <summary><c>--quiet/-q</c>: no progress output (results and errors still print).</summary>
    public static Option<bool> Quiet() => new(QuietName, "-q") { Description = "No progress output (results and errors still print)." };

    /// <summary><c>--parallel/-j</c>: a whole number of at least 1, default the number of cores.</summary>
    public static Option<int> Parallel(string what)
    {
        var option = new Option<int>(ParallelName, "-j")
        {
            Description = $"{what} at once, each on one thread (default: the number of cores).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        option.Validators.Add(result =>
        {
            // Read the token, not the value: a token that is no number at all ("", "abc") already has its parse
            // error, and asking for the value would throw (found by fuzzing: --parallel "" crashed).
            foreach (var token in result.Tokens)
            {
                if (long.TryParse(token.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value < 1)
                    result.AddError($"{ParallelName}: expected a whole number of at least 1, got {value.ToString(CultureInfo.InvariantCulture)}");
            }
        });
        return option;
    }

    /// <summary><c>--seed</c>: the root seed, overriding the file's; a whole number from 0 to 2^64 - 1.</summary>
    public static Option<ulong?> Seed() => new(SeedName) { Description = "Root seed, a whole number from 0 to 18446744073709551615 (overrides the file's)." };

    /// <summary><c>--set</c>: repeatable path=value overrides of a scenario, as docs/scenario-format.md's paths.</summary>
    public static Option<string[]> Set(string description) => new(SetName) { Description = description, AllowMultipleArgumentsPerToken = false };
}
