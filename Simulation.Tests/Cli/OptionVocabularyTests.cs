using System.CommandLine;
using MarketSim.Cli;

namespace MarketSim.Tests.Cli;

/// <summary>
/// One option vocabulary (issue 17): --out, --quiet, --parallel, --seed and --set mean the same on every command
/// that takes them, and an unknown command or option exits 2 with a suggestion, with or without --help.
/// </summary>
public sealed class OptionVocabularyTests
{
    private static readonly Dictionary<string, string[]> Aliases = new(StringComparer.Ordinal)
    {
        ["--out"] = ["-o"],
        ["--quiet"] = ["-q"],
        ["--parallel"] = ["-j"],
        ["--seed"] = [],
        ["--set"] = [],
    };

    [Fact]
    public void CommandTree_SharedOptions_HaveOneSpellingAndOneMeaning()
    {
        var root = CommandTree.Build();
        var seen = new Dictionary<string, List<(string Command, Option Option)>>(StringComparer.Ordinal);
        foreach (var command in root.Subcommands)
        {
            foreach (var option in command.Options.Where(o => Aliases.ContainsKey(o.Name)))
            {
                if (!seen.TryGetValue(option.Name, out var list))
                    seen[option.Name] = list = [];
                list.Add((command.Name, option));
            }
        }

        foreach (var (name, uses) in seen)
        {
            foreach (var (command, option) in uses.Where(u => u.Command != "bench"))
                Assert.True(Aliases[name].Order().SequenceEqual(option.Aliases.Order()), $"{command} {name}: aliases {string.Join(",", option.Aliases)}");
            // One value type per name (bench's --seed has a default, so it is ulong where the others are ulong?).
            var types = uses.Select(u => Nullable.GetUnderlyingType(u.Option.ValueType) ?? u.Option.ValueType).Distinct().ToList();
            Assert.True(types.Count == 1, $"{name}: {string.Join(", ", types)}");
        }

        // Every command that writes results takes --out; every command with progress takes --quiet.
        foreach (var command in new[] { "run", "compare", "sweep", "merge", "plot" })
        {
            Assert.Contains(seen["--out"], u => u.Command == command);
            Assert.Contains(seen["--quiet"], u => u.Command == command);
        }

        foreach (var command in new[] { "run", "compare", "sweep" })
            Assert.Contains(seen["--parallel"], u => u.Command == command);
        foreach (var command in new[] { "run", "compare", "bench" })
            Assert.Contains(seen["--seed"], u => u.Command == command);
        foreach (var command in new[] { "run", "validate", "backtest", "bridge" })
            Assert.Contains(seen["--set"], u => u.Command == command);
    }

    [Fact]
    public void Merge_QuietAfterOut_IsAnOptionNotAFolder()
    {
        var root = CliHarness.TempDir();

        var (exit, _, error) = CliHarness.Run("merge", Path.Combine(root, "a"), Path.Combine(root, "b"), "--out", Path.Combine(root, "m"), "--quiet");

        Assert.Equal(2, exit);
        Assert.DoesNotContain("--quiet", error, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(root, "a"), error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(root, "m")));
    }

    [Theory]
    [InlineData("run", "--parallel", "0")]
    [InlineData("compare", "-j", "0")]
    [InlineData("sweep", "--parallel", "-3")]
    public void Parallel_BelowOne_ExitsTwoTheSameWayOnEveryCommand(string command, string option, string value)
    {
        var (exit, output, error) = CliHarness.Run(command, "some.json", option, value);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("--parallel: expected a whole number of at least 1", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--ticks", "1201")]
    [InlineData("--ticks", "2147483647")]
    [InlineData("--replications", "100001")]
    [InlineData("--replications", "0")]
    public void Run_CountOptionOutsideTheSchemaRange_ExitsTwo(string option, string value)
    {
        var (exit, _, error) = CliHarness.Run("run", CliHarness.Baseline, option, value, "--quiet");

        Assert.Equal(2, exit);
        Assert.Contains($"{option}: expected a whole number from 1 to", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "valdate", "x.json" }, "unknown command 'valdate' (did you mean 'validate'?)")]
    [InlineData(new[] { "valdate", "--help" }, "unknown command 'valdate' (did you mean 'validate'?)")]
    [InlineData(new[] { "frobnicate", "--help" }, "unknown command 'frobnicate'; commands: run,")]
    [InlineData(new[] { "run", "x.json", "--sed", "4" }, "unknown option '--sed' for run (did you mean '--seed'?)")]
    [InlineData(new[] { "run", "--bogus", "--help" }, "unknown option '--bogus' for run")]
    [InlineData(new[] { "merge", "a", "--out", "m", "--quite" }, "unknown option '--quite' for merge (did you mean '--quiet'?)")]
    [InlineData(new[] { "--verison" }, "unknown option '--verison' (did you mean '--version'?)")]
    public void Parse_UnknownCommandOrOption_ExitsTwoWithSuggestion(string[] args, string expected)
    {
        var (exit, output, error) = CliHarness.Run(args);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("error: " + expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NegativeNumberValue_IsNotTakenForAnOption()
    {
        var (exit, _, error) = CliHarness.Run("run", CliHarness.Baseline, "--ticks", "-5");

        Assert.Equal(2, exit);
        Assert.Contains("--ticks: expected a whole number from 1 to 1200, got -5", error, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown option", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_KnownCommand_ExitsZero()
    {
        var (exit, output, _) = CliHarness.Run("sweep", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("--parallel", output, StringComparison.Ordinal);
    }
}
