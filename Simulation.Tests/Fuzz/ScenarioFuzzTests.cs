using CsCheck;
using MarketSim.Scenarios;
using MarketSim.Tests.Scenarios;

namespace MarketSim.Tests.Fuzz;

/// <summary>
/// Property-based fuzzing of scenario files (CsCheck): generated documents with typed extremes, wrong
/// types, missing, unknown and duplicate fields and ids, huge arrays, deep nesting, long strings, bad
/// dates and damaged text, and <c>extends</c> chains and cycles of any length. Every case must load or
/// end in a proper bad-input report (<see cref="InputContract"/>); a case that loads runs at a tiny size
/// with the invariants checked. A failure prints the shrunk case and its seed; fixed failures become
/// named tests in <see cref="FuzzRegressionTests"/>.
/// </summary>
public sealed class ScenarioFuzzTests
{
    /// <summary>Generated scenario documents (load and validate; the valid ones also run).</summary>
    public const int ScenarioCases = 5000;

    /// <summary>Generated extends chains.</summary>
    public const int ExtendsCases = 1500;

    [Fact]
    public void Scenario_GeneratedDocuments_LoadOrReportBadInput()
    {
        using var folder = new FuzzFolder("scenario");
        var loaded = 0;
        var gen = Gen.Frequency(
            (9, FuzzGens.Mutated(FuzzInputs.Tiny)),
            (1, FuzzGens.Mutated(FuzzInputs.Baseline)));
        gen.Sample(
            document =>
            {
                var dir = folder.NewCase();
                var path = FuzzFolder.Write(dir, "scenario.json", document.Text());
                LoadedScenario? scenario = null;
                if (InputContract.Loads(() => scenario = ScenarioLoader.Load(path, [], ScenarioFixture.Schema)))
                {
                    Interlocked.Increment(ref loaded);
                    InputContract.RunTiny(scenario!.Parameters);
                }

                FuzzFolder.Clean(dir);
            },
            iter: ScenarioCases,
            threads: 2);

        // Some generated documents stay valid (a harmless extreme, a removed field with a default), so the runs are exercised too.
        Assert.InRange(loaded, 1, ScenarioCases - 1);
    }

    [Fact]
    public void Scenario_ExtendsChainsAndCycles_LoadOrReportBadInput()
    {
        using var folder = new FuzzFolder("extends");
        // length of the chain, where its last link points, which file the user names.
        // Mostly short chains (each link is a file to write and parse), some past the 64-file limit.
        var lengths = Gen.Frequency((10, Gen.Int[1, 8]), (1, Gen.Int[9, 70]));
        var gen = Gen.Select(lengths, Gen.Int[0, 7], Gen.Int[0, 1000], Gen.Int[0, 3]);
        gen.Sample(
            (length, end, entry, style) =>
            {
                var dir = folder.NewCase();
                FuzzFolder.Write(dir, "base.json", FuzzInputs.Tiny);
                FuzzFolder.Write(dir, "sweep.json", FuzzInputs.Sweep);
                Directory.CreateDirectory(Path.Combine(dir, "folder.json"));
                for (var i = 0; i < length; i++)
                {
                    var name = Path.GetFileName(dir);
                    var next = i + 1 < length ? Name(i + 1, style, name) : end switch
                    {
                        0 => Name(0, style, name),           // a cycle through every file
                        1 => Name(i, style, name),           // a file that extends itself
                        2 => Name(length / 2, style, name),  // a cycle through the second half
                        3 => "missing.json",
                        4 => "folder.json",
                        5 => "sweep.json",
                        6 => "",
                        _ => "base.json",                    // a valid chain
                    };
                    var extends = end == 6 && i + 1 == length ? "42" : System.Text.Json.JsonSerializer.Serialize(next);
                    FuzzFolder.Write(dir, Path.GetFileName(Name(i, 0)), $$"""{ "extends": {{extends}}, "name": "link{{i}}", "market": { "capability_exponent": 0.{{i % 9 + 1}} } }""");
                }

                var path = Path.Combine(dir, Path.GetFileName(Name(entry % length, 0)));
                var loads = InputContract.Loads(() => ScenarioLoader.Load(path, [], ScenarioFixture.Schema));
                Assert.Equal(end == 7 && length - (entry % length) < ScenarioInheritance.MaxChain, loads);
                FuzzFolder.Clean(dir);
            },
            iter: ExtendsCases,
            threads: 2);
    }

    // The same file named in several ways: plain, ./plain, and through its folder.
    private static string Name(int index, int style, string folder = "") => style switch
    {
        1 => $"./a{index}.json",
        2 => $"../{folder}/a{index}.json",
        _ => $"a{index}.json",
    };
}
