using MarketSim.Experiments;
using MathNet.Numerics.Random;

namespace MarketSim.Tests.Experiments;

public sealed class SobolAnalysisTests
{
    private const double A = 7;
    private const double B = 0.1;

    // Ishigami and Homma (1990): f = sin x1 + a sin^2 x2 + b x3^4 sin x1 on [-pi, pi]^3, with
    // V1 = (1 + b pi^4 / 5)^2 / 2, V2 = a^2 / 8, V13 = 8 b^2 pi^8 / 225, V = V1 + V2 + V13.
    private static readonly double V1 = Math.Pow(1 + (B * Math.Pow(Math.PI, 4) / 5), 2) / 2;
    private static readonly double V2 = A * A / 8;
    private static readonly double V13 = 8 * B * B * Math.Pow(Math.PI, 8) / 225;
    private static readonly double V = V1 + V2 + V13;
    private static readonly string[] Names = ["x1", "x2", "x3"];

    private static double Ishigami(double[] x) =>
        Math.Sin(x[0]) + (A * Math.Pow(Math.Sin(x[1]), 2)) + (B * Math.Pow(x[2], 4) * Math.Sin(x[0]));

    private static SweepDesign IshigamiDesign(int n, int seed) =>
        SweepDesign.Sobol(
            new ParameterSpace(Names.Select(p => new SweepParameter(p, ParameterDistribution.Uniform(-Math.PI, Math.PI)))),
            n, new Xoshiro256StarStar(seed, threadSafe: false));

    [Fact]
    public void Analyze_Ishigami_AnalyticIndicesLieInsideNarrowConfidenceIntervals()
    {
        var design = IshigamiDesign(1 << 13, seed: 2024);
        var outputs = design.Points.Select(Ishigami).ToArray();

        var result = SobolAnalysis.Analyze(design, outputs, new Xoshiro256StarStar(7, threadSafe: false), resamples: 300);

        double[] s1 = [V1 / V, V2 / V, 0];
        double[] st = [(V1 + V13) / V, V2 / V, V13 / V];
        Assert.Equal([0.314, 0.442, 0.0], s1.Select(v => Math.Round(v, 3)));
        Assert.Equal([0.558, 0.442, 0.244], st.Select(v => Math.Round(v, 3)));
        for (var i = 0; i < 3; i++)
        {
            var row = result.Indices[i];
            Assert.InRange(s1[i], row.S1Low, row.S1High);
            Assert.InRange(st[i], row.STLow, row.STHigh);
            Assert.InRange(row.S1, row.S1Low, row.S1High);
            Assert.InRange(row.ST, row.STLow, row.STHigh);
            Assert.True(row.S1High - row.S1Low < 0.1, $"S1 interval of {row.Parameter} is {row.S1High - row.S1Low}");
            Assert.True(row.STHigh - row.STLow < 0.1, $"ST interval of {row.Parameter} is {row.STHigh - row.STLow}");
        }

        Assert.Equal(["x1", "x2", "x3"], result.Indices.Select(r => r.Parameter));
        Assert.Equal(V, result.Variance, 0.3);
    }

    [Fact]
    public void Analyze_SameSeeds_GiveIdenticalResults()
    {
        var design = IshigamiDesign(256, seed: 1);
        var outputs = design.Points.Select(Ishigami).ToArray();

        var a = SobolAnalysis.Analyze(design, outputs, new Xoshiro256StarStar(3, threadSafe: false), resamples: 50);
        var b = SobolAnalysis.Analyze(design, outputs, new Xoshiro256StarStar(3, threadSafe: false), resamples: 50);

        Assert.Equal(a.Indices, b.Indices);
    }

    [Fact]
    public void Analyze_AdditiveLinearModel_FirstOrderEqualsTotal()
    {
        // y = 3 x1 + x2 on uniform inputs: S_i = ST_i = c_i^2 / sum c^2 = 0.9 and 0.1.
        var space = new ParameterSpace([new SweepParameter("a", ParameterDistribution.Uniform(0, 1)), new SweepParameter("b", ParameterDistribution.Uniform(0, 1))]);
        var design = SweepDesign.Sobol(space, 1024, new Xoshiro256StarStar(5, threadSafe: false));
        var outputs = design.Points.Select(x => (3 * x[0]) + x[1]).ToArray();

        var result = SobolAnalysis.Analyze(design, outputs, new Xoshiro256StarStar(6, threadSafe: false), resamples: 100);

        Assert.Equal(0.9, result.Indices[0].S1, 0.02);
        Assert.Equal(0.9, result.Indices[0].ST, 0.02);
        Assert.Equal(0.1, result.Indices[1].S1, 0.02);
        Assert.Equal(0.1, result.Indices[1].ST, 0.02);
    }

    [Fact]
    public void Analyze_WrongDesignOrOutputs_Throws()
    {
        var space = new ParameterSpace([new SweepParameter("a", ParameterDistribution.Uniform(0, 1))]);
        var lhs = SweepDesign.LatinHypercube(space, 10, new Xoshiro256StarStar(1, threadSafe: false));
        var sobol = SweepDesign.Sobol(space, 4, new Xoshiro256StarStar(1, threadSafe: false));
        var rng = new Xoshiro256StarStar(1, threadSafe: false);

        Assert.Throws<ArgumentException>(() => SobolAnalysis.Analyze(lhs, new double[10], rng));
        Assert.Throws<ArgumentException>(() => SobolAnalysis.Analyze(sobol, new double[5], rng));
        Assert.Throws<ArgumentException>(() => SobolAnalysis.Analyze(sobol, Enumerable.Repeat(double.NaN, 12).ToArray(), rng));
    }
}
