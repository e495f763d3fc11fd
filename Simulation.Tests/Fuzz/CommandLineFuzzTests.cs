using CsCheck;
using MarketSim.Tests.Cli;

namespace MarketSim.Tests.Fuzz;

/// <summary>
/// Property-based fuzzing of the command line through the real command tree: generated commands,
/// options (known, misspelt, unknown, repeated), values (extremes, wrong types, negative numbers) and
/// files of every kind. Every case exits 0 or 2, never with a stack trace or the last-resort guard's
/// "internal error", and a case that fails leaves no output behind.
/// </summary>
public sealed class CommandLineFuzzTests
{
    public const int Cases = 400;

    private static readonly string[] Commands = ["run", "validate", "compare", "list", "plot", "sweep", "merge", "bench", "", "runn", "calibrat3", "--help", "-h", "--version", "xyz"];

    private static readonly string[] Files = ["{tiny}", "{sweep}", "{cal}", "{obs}", "{missing}", "{dir}", "{bad}", "{manifest}", "", "-", "--", "{tiny} {tiny}"];

    private static readonly (string Option, string[] Values)[] Options =
    [
        ("--out", ["{out}", "{out}", "{tiny}", "", "{dir}"]),
        ("-o", ["{out}"]),
        ("--quiet", []),
        ("-q", []),
        ("--parallel", ["0", "1", "2", "-1", "abc", "99999999999", ""]),
        ("-j", ["1", "0"]),
        ("--seed", ["0", "-1", "18446744073709551615", "18446744073709551616", "1e3", "abc", "7"]),
        ("--ticks", ["-1", "0", "1", "3", "1201", "abc", "1e308", "2147483648", ""]),
        ("--replications", ["-1", "0", "1", "2", "100001", "x"]),
        ("--set", ["ticks=3", "customers.count=1e300", "labs[id=openai].markup=NaN", "nope=1", "=", "labs[id=x].y=1", "ticks=\"3\"", "customers.count=50", "name=../../x", "investors[id=track].capital=1e15", "investors[id=track].capital=-0", "start_month=9999-99"]),
        ("--check", []),
        ("--no-charts", []),
        ("--no-flows", []),
        ("--shard", ["0/2", "2/2", "-1/2", "a/b", "1/0", "0/1"]),
        ("--shard-count", ["0", "2", "-5"]),
        ("--resume", []),
        ("--dir", ["{dir}", "{missing}", "{tiny}"]),
        ("--help", []),
        ("--model", ["money", "market", "moon"]),
        ("--sed", ["1"]),
        ("--bogus", []),
        ("-x", []),
        ("--out=", []),
    ];

    private static readonly Gen<string[]> Token =
        Gen.Frequency(
            (3, Gen.OneOf(Files).Select(f => new[] { f })),
            (5, Gen.Int[0, Options.Length - 1].SelectMany(i => Options[i].Values.Length == 0
                ? Gen.Const(new[] { Options[i].Option })
                : Gen.OneOf(Options[i].Values).Select(v => new[] { Options[i].Option, v }))));

    private static readonly Gen<(string Command, string[][] Tokens)> Line =
        Gen.Select(Gen.OneOf(Commands), Token.Array[0, 6], (c, t) => (c, t));

    [Fact]
    public void CommandLine_GeneratedArguments_ExitZeroOrTwoAndLeaveNoPartialOutput()
    {
        using var folder = new FuzzFolder("cli");
        Line.Sample(
            line =>
            {
                var dir = folder.NewCase();
                var args = Arguments(line.Command, line.Tokens, dir);
                var output = Path.Combine(dir, "out");
                var (exit, _, error) = CliHarness.Run(args);
                var shown = string.Join(' ', args);
                Assert.True(exit is 0 or 2, $"exit {exit} for: {shown}\n{error}");
                Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
                Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
                Assert.DoesNotContain("Unhandled", error, StringComparison.Ordinal);
                if (exit == 2)
                    Assert.False(Directory.Exists(output) || File.Exists(output), $"output left after exit 2: {shown}");
                Assert.Empty(Directory.GetFileSystemEntries(dir, "*partial*", SearchOption.AllDirectories));
                FuzzFolder.Clean(dir);
            },
            iter: Cases,
            threads: 2,
            print: line => line.Command + " " + string.Join(' ', line.Tokens.SelectMany(t => t)));
    }

    private static string[] Arguments(string command, string[][] tokens, string dir)
    {
        FuzzFolder.Write(dir, "tiny.json", FuzzInputs.Tiny);
        FuzzFolder.Write(dir, "base.json", FuzzInputs.Tiny);
        FuzzFolder.Write(dir, "sweep.json", FuzzInputs.Sweep);
        FuzzFolder.Write(dir, "cal.json", FuzzInputs.Calibration);
        FuzzFolder.Write(dir, "obs.csv", FuzzInputs.Observations);
        FuzzFolder.Write(dir, "bad.json", FuzzInputs.Tiny[..(FuzzInputs.Tiny.Length / 2)]);
        FuzzFolder.Write(dir, "manifest.json", "{ \"scenario\": \"x\", \"ticks\": 0, \"resolved_scenario\": { \"name\": 1 } }");
        Directory.CreateDirectory(Path.Combine(dir, "folder"));
        var words = new List<string>();
        if (command.Length > 0)
            words.Add(command);
        foreach (var token in tokens.SelectMany(t => t))
            words.AddRange(token == "{tiny} {tiny}" ? ["{tiny}", "{tiny}"] : [token]);

        // Keep every case small and inside its folder: results go to {out}; a sweep runs one shard of
        // one run; bench only ever parses (its timing tables take minutes).
        if (command is "run" or "compare" or "sweep" or "merge" or "plot" && !words.Contains("--out") && !words.Contains("-o"))
            words.AddRange(["--out", "{out}"]);
        if (command == "sweep" && !words.Contains("--shard"))
            words.AddRange(["--shard", "1/4"]);
        if (command == "run")
            words.Add("--no-charts");
        if (command == "bench")
        {
            words.RemoveAll(w => w == "market");
            words.AddRange(["--steps", "0"]);
        }

        return [.. words.Select(w => w
            .Replace("{tiny}", Path.Combine(dir, "tiny.json"), StringComparison.Ordinal)
            .Replace("{sweep}", Path.Combine(dir, "sweep.json"), StringComparison.Ordinal)
            .Replace("{cal}", Path.Combine(dir, "cal.json"), StringComparison.Ordinal)
            .Replace("{obs}", Path.Combine(dir, "obs.csv"), StringComparison.Ordinal)
            .Replace("{bad}", Path.Combine(dir, "bad.json"), StringComparison.Ordinal)
            .Replace("{manifest}", Path.Combine(dir, "manifest.json"), StringComparison.Ordinal)
            .Replace("{missing}", Path.Combine(dir, "missing.json"), StringComparison.Ordinal)
            .Replace("{dir}", Path.Combine(dir, "folder"), StringComparison.Ordinal)
            .Replace("{out}", Path.Combine(dir, "out"), StringComparison.Ordinal))];
    }
}
