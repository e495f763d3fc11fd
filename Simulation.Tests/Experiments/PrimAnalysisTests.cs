using MarketSim.Experiments;
using MathNet.Numerics.Random;

namespace MarketSim.Tests.Experiments;

public sealed class PrimAnalysisTests
{
    // y = 1 inside x0 in [0.2, 0.6] and x2 in [0.5, 0.9] (mass 0.16), with 5 % of labels flipped.
    private static (double[][] X, bool[] Y) PlantedBox(int n, int seed)
    {
        var rng = new Xoshiro256StarStar(seed, threadSafe: false);
        var x = new double[n][];
        var y = new bool[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = [rng.NextDouble(), rng.NextDouble(), rng.NextDouble(), rng.NextDouble()];
            var inside = x[i][0] >= 0.2 && x[i][0] <= 0.6 && x[i][2] >= 0.5 && x[i][2] <= 0.9;
            y[i] = inside ^ (rng.NextDouble() < 0.05);
        }

        return (x, y);
    }

    [Fact]
    public void Run_PlantedBox_RestrictsTheRightDimensionsWithHighDensityAndCoverage()
    {
        var (x, y) = PlantedBox(2000, seed: 8);

        var result = PrimAnalysis.Run(x, y, new PrimOptions(DensityThreshold: 0.85));

        var box = Assert.IsType<PrimBox>(result.Selected);
        Assert.Equal([0, 2], box.RestrictedDimensions);
        Assert.True(box.Density > 0.8, $"density {box.Density}");
        Assert.True(box.Coverage > 0.6, $"coverage {box.Coverage}");
        Assert.InRange(box.Bounds[0].Lower, 0.1, 0.3);
        Assert.InRange(box.Bounds[2].Upper, 0.8, 1.0);
    }

    [Fact]
    public void Run_Trajectory_CoverageNeverRisesAndMassStopsAtMinimum()
    {
        var (x, y) = PlantedBox(1000, seed: 3);

        var result = PrimAnalysis.Run(x, y, new PrimOptions(MinimumMass: 0.1));

        var t = result.Trajectory;
        Assert.Equal(1.0, t[0].Mass);
        Assert.Equal(1.0, t[0].Coverage);
        Assert.Empty(t[0].RestrictedDimensions);
        for (var s = 1; s < t.Count; s++)
        {
            Assert.True(t[s].Coverage <= t[s - 1].Coverage);
            Assert.True(t[s].Mass < t[s - 1].Mass);
            Assert.Equal(s, t[s].Step);
        }

        Assert.True(t[^1].Mass >= 0.1);
        Assert.All(t, b => Assert.Equal(b.Count, x.Count(p => b.Contains(p))));
    }

    [Fact]
    public void Run_WithPasting_DensityDoesNotDropAndBoxContainsPeeledBox()
    {
        var (x, y) = PlantedBox(2000, seed: 8);

        var result = PrimAnalysis.Run(x, y, new PrimOptions(DensityThreshold: 0.85, Paste: true));

        var peeled = Assert.IsType<PrimBox>(result.Peeled);
        var pasted = Assert.IsType<PrimBox>(result.Selected);
        Assert.True(pasted.Density >= peeled.Density);
        Assert.True(pasted.Count >= peeled.Count);
        Assert.Equal(pasted.Count, x.Count(p => pasted.Contains(p)));
        Assert.All(x.Where(p => peeled.Contains(p)), p => Assert.True(pasted.Contains(p)));
    }

    [Fact]
    public void Run_CategoricalAndDiscreteInputs_PeelsWholeValues()
    {
        // y is true for category 2 of input 0 and level >= 3 of the discrete input 1.
        var rng = new Xoshiro256StarStar(5, threadSafe: false);
        var x = new double[1200][];
        var y = new bool[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = [rng.Next(4), rng.Next(5), rng.NextDouble()];
            y[i] = x[i][0] == 2 && x[i][1] >= 3;
        }

        var result = PrimAnalysis.Run(x, y, new PrimOptions(DensityThreshold: 0.99), ["mode", "level", "noise"], [true, false, false]);

        var box = Assert.IsType<PrimBox>(result.Selected);
        Assert.Equal([2.0], box.Bounds[0].Categories);
        Assert.Equal(3, box.Bounds[1].Lower);
        Assert.Equal(4, box.Bounds[1].Upper);
        Assert.Equal(1.0, box.Density);
        Assert.Equal(1.0, box.Coverage);
        Assert.Equal([0, 1], box.RestrictedDimensions);
    }

    [Fact]
    public void Run_NoBoxReachesThreshold_SelectsNothing()
    {
        var rng = new Xoshiro256StarStar(1, threadSafe: false);
        var x = Enumerable.Range(0, 200).Select(_ => new[] { rng.NextDouble() }).ToArray();
        var y = x.Select(_ => rng.NextDouble() < 0.1).ToArray();

        var result = PrimAnalysis.Run(x, y, new PrimOptions(DensityThreshold: 0.99, MinimumMass: 0.2));

        Assert.Null(result.Selected);
        Assert.NotEmpty(result.Trajectory);
    }

    [Fact]
    public void Run_SweepDesign_UsesPathsAndTreatsLabelledParametersAsCategorical()
    {
        var space = new ParameterSpace(
        [
            new SweepParameter("labs[id=openai].markup", ParameterDistribution.Uniform(0, 1)),
            new SweepParameter("market.mode", ParameterDistribution.Categorical(["racetrack", "exclusive", "open"])),
        ]);
        var design = SweepDesign.LatinHypercube(space, 600, new Xoshiro256StarStar(2, threadSafe: false));
        var y = design.Points.Select(p => p[1] == 0 && p[0] > 0.5).ToArray();

        var result = PrimAnalysis.Run(design, y, new PrimOptions(DensityThreshold: 0.95));

        var box = Assert.IsType<PrimBox>(result.Selected);
        Assert.Equal("market.mode", box.Bounds[1].Name);
        Assert.Equal([0.0], box.Bounds[1].Categories);
        Assert.InRange(box.Bounds[0].Lower, 0.45, 0.55);
    }

    [Fact]
    public void Run_MismatchedOutcomes_Throws() =>
        Assert.Throws<ArgumentException>(() => PrimAnalysis.Run([[1.0], [2.0]], [true]));
}
