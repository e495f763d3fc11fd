using CsCheck;
using MarketSim.Experiments.Sweeps;
using MarketSim.Scenarios;

namespace MarketSim.Tests.Fuzz;

/// <summary>
/// Property-based fuzzing of the other file kinds: sweep files (loaded with their base scenario and
/// design corners), and the kind detector over generated scenario, sweep, calibration and observation
/// files and raw bytes. Every case loads or ends in a proper bad-input report; detection never throws.
/// </summary>
public sealed class FileFuzzTests
{
    public const int SweepCases = 800;
    public const int DetectionCases = 4000;

    [Fact]
    public void Sweep_GeneratedDocuments_LoadOrReportBadInput()
    {
        using var folder = new FuzzFolder("sweep");
        var gen = Gen.Select(FuzzGens.Mutated(FuzzInputs.Sweep), Gen.Frequency((4, Gen.Const((MutatedText?)null)), (1, FuzzGens.Mutated(FuzzInputs.Tiny).Select(m => (MutatedText?)m))));
        gen.Sample(
            (sweep, scenario) =>
            {
                var dir = folder.NewCase();
                FuzzFolder.Write(dir, "base.json", scenario?.Text() ?? FuzzInputs.Tiny);
                var path = FuzzFolder.Write(dir, "sweep.json", sweep.Text());
                InputContract.Loads(() => SweepLoader.Load(path));
                FuzzFolder.Clean(dir);
            },
            iter: SweepCases,
            threads: 2);
    }

    [Fact]
    public void Detect_AnyFileOfAnyKind_NeverThrows()
    {
        using var folder = new FuzzFolder("kinds");
        var documents = Gen.Frequency(
            (3, FuzzGens.Mutated(FuzzInputs.Tiny).Select(m => m.Text())),
            (2, FuzzGens.Mutated(FuzzInputs.Sweep).Select(m => m.Text())),
            (2, FuzzGens.Mutated(FuzzInputs.Calibration).Select(m => m.Text())),
            (2, Gen.Select(Gen.Int[0, 10], Gen.String[0, 200], (cut, tail) => FuzzInputs.Observations[..Math.Min(FuzzInputs.Observations.Length, 40 + (cut * 20))] + tail)),
            (1, Gen.String[0, 500]));
        documents.Sample(
            text =>
            {
                var kind = FileKinds.Detect(TextDamage.Bytes(text));
                Assert.True(Enum.IsDefined(kind));
                var dir = folder.NewCase();
                var path = FuzzFolder.Write(dir, "file.json", text);
                Assert.Equal(kind, FileKinds.Detect(path));
                InputContract.Loads(() => FileKinds.Expect(path, "run", FileKind.Scenario, FileKind.Manifest));
                FuzzFolder.Clean(dir);
            },
            iter: DetectionCases,
            threads: 2);
    }
}
