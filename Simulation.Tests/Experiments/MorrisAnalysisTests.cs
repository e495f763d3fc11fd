using MarketSim.Experiments;
using MathNet.Numerics.Random;

namespace MarketSim.Tests.Experiments;

public sealed class MorrisAnalysisTests
{
    private static ParameterSpace Space(params ParameterDistribution[] distributions) =>
        new(distributions.Select((d, i) => new SweepParameter("x" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), d)));

    [Fact]
    public void Analyze_LinearWithInteraction_RanksInputsAndScalesByRange()
    {
        // y = 10 x1 + 5 x2 + x3 + 0 x4 + 4 x1 x2, x3 on [0, 3]: per-range effects are
        // 10 + 4 x2, 5 + 4 x1, exactly 3 and exactly 0.
        var space = Space(ParameterDistribution.Uniform(0, 1), ParameterDistribution.Uniform(0, 1),
            ParameterDistribution.Uniform(0, 3), ParameterDistribution.Uniform(0, 1));
        var design = SweepDesign.Morris(space, trajectories: 20, levels: 4, new Xoshiro256StarStar(3, threadSafe: false));
        var outputs = design.Points.Select(x => (10 * x[0]) + (5 * x[1]) + x[2] + (4 * x[0] * x[1])).ToArray();

        var result = MorrisAnalysis.Analyze(design, outputs, new Xoshiro256StarStar(4, threadSafe: false), resamples: 200);

        var rows = result.Indices;
        Assert.InRange(rows[0].MuStar, 10, 14);
        Assert.InRange(rows[1].MuStar, 5, 9);
        Assert.Equal(3, rows[2].MuStar, 9);
        Assert.Equal(3, rows[2].Mu, 9);
        Assert.Equal(0, rows[2].Sigma, 9);
        Assert.Equal(0, rows[3].MuStar);
        Assert.Equal(0, rows[3].MuStarConf);
        Assert.True(rows[0].Sigma > 0.5 && rows[1].Sigma > 0.5);
        Assert.Equal(rows[0].MuStar, rows[0].Mu, 9);
        Assert.All(rows, r => Assert.Equal(20, r.Effects));
        Assert.All(rows, r => Assert.InRange(r.MuStar, r.MuStarLow, r.MuStarHigh));
    }

    [Fact]
    public void Analyze_SobolGFunction_RanksByImportanceAndDummyIsZero()
    {
        // Sobol G: prod (|4 x_i - 2| + a_i) / (1 + a_i); smaller a_i is more important.
        double[] a = [0, 1, 4.5, 9, 99];
        var space = Space(Enumerable.Range(0, 6).Select(_ => ParameterDistribution.Uniform(0, 1)).ToArray());
        var design = SweepDesign.Morris(space, trajectories: 40, levels: 4, new Xoshiro256StarStar(11, threadSafe: false));
        var outputs = design.Points.Select(x =>
        {
            var g = 1.0;
            for (var i = 0; i < a.Length; i++)
                g *= (Math.Abs((4 * x[i]) - 2) + a[i]) / (1 + a[i]);
            return g;
        }).ToArray();

        var result = MorrisAnalysis.Analyze(design, outputs, new Xoshiro256StarStar(12, threadSafe: false), resamples: 200);

        var muStar = result.Indices.Select(r => r.MuStar).ToArray();
        for (var i = 0; i < 4; i++)
            Assert.True(muStar[i] > muStar[i + 1], $"mu*[{i}] = {muStar[i]} should exceed mu*[{i + 1}] = {muStar[i + 1]}");
        Assert.True(muStar[4] < 0.05 * muStar[0]);
        Assert.Equal(0, muStar[5]);
        Assert.Equal("x6", result.Indices[5].Parameter);
    }

    [Fact]
    public void Analyze_SameSeeds_GiveIdenticalResults()
    {
        var space = Space(ParameterDistribution.Uniform(0, 1), ParameterDistribution.IntegerRange(1, 5));
        var design = SweepDesign.Morris(space, 10, 4, new Xoshiro256StarStar(1, threadSafe: false));
        var outputs = design.Points.Select(x => (x[0] * x[0]) + x[1]).ToArray();

        var first = MorrisAnalysis.Analyze(design, outputs, new Xoshiro256StarStar(2, threadSafe: false), resamples: 50);
        var second = MorrisAnalysis.Analyze(design, outputs, new Xoshiro256StarStar(2, threadSafe: false), resamples: 50);

        Assert.Equal(first.Indices, second.Indices);
        // Integer x2 has effect 1 per unit, so 4 per range [1, 5], whatever the rounding of its levels.
        Assert.Equal(4, first.Indices[1].MuStar, 9);
    }

    [Fact]
    public void Analyze_NonMorrisDesign_Throws()
    {
        var space = Space(ParameterDistribution.Uniform(0, 1));
        var design = SweepDesign.Grid(space, 3);

        Assert.Throws<ArgumentException>(() =>
            MorrisAnalysis.Analyze(design, new double[3], new Xoshiro256StarStar(1, threadSafe: false)));
    }
}
