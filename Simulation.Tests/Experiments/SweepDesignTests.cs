using MarketSim.Experiments;
using MathNet.Numerics.Random;

namespace MarketSim.Tests.Experiments;

public sealed class SweepDesignTests
{
    private static ParameterSpace Space(params ParameterDistribution[] distributions) =>
        new(distributions.Select((d, i) => new SweepParameter("p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), d)));

    private static ParameterSpace UnitSpace(int k) =>
        Space(Enumerable.Range(0, k).Select(_ => ParameterDistribution.Uniform(0, 1)).ToArray());

    private static Xoshiro256StarStar Rng(int seed) => new(seed, threadSafe: false);

    [Fact]
    public void Grid_DiscreteAndRange_CountIsProductAndLastParameterFastest()
    {
        var space = Space(ParameterDistribution.Discrete([1, 2]), ParameterDistribution.Uniform(0, 1));

        var design = SweepDesign.Grid(space, levels: 3);

        Assert.Equal(6, design.Count);
        Assert.Equal(SweepDesignKind.Grid, design.Kind);
        double[][] expected = [[1, 0], [1, 0.5], [1, 1], [2, 0], [2, 0.5], [2, 1]];
        Assert.Equal(expected, design.Points);
    }

    [Fact]
    public void Grid_OneParameter_ListsItsValuesInOrder()
    {
        var design = SweepDesign.Grid(Space(ParameterDistribution.Discrete([3, 1, 2])), levels: 1);

        Assert.Equal([[3.0], [1.0], [2.0]], design.Points);
    }

    [Fact]
    public void Grid_OneLevel_GivesSinglePointAtMedians()
    {
        var design = SweepDesign.Grid(Space(ParameterDistribution.Uniform(0, 4), ParameterDistribution.IntegerRange(1, 3)), levels: 1);

        Assert.Equal([[2.0, 2.0]], design.Points);
    }

    [Fact]
    public void Grid_ThreeParameters_CountIsProduct()
    {
        var space = Space(ParameterDistribution.Uniform(0, 1), ParameterDistribution.IntegerRange(0, 9), ParameterDistribution.Discrete([1, 2, 3, 4]));

        var design = SweepDesign.Grid(space, levels: 5);

        Assert.Equal(5 * 5 * 4, design.Count);
        Assert.Equal(design.Count, design.Points.Select(p => string.Join(",", p)).Distinct().Count());
    }

    [Fact]
    public void Grid_EdgeCases_ThrowClearArgumentExceptions()
    {
        Assert.Throws<ArgumentException>(() => new ParameterSpace([]));
        Assert.Throws<ArgumentException>(() => SweepDesign.Grid(UnitSpace(2), levels: 0));
        Assert.Throws<ArgumentException>(() => SweepDesign.Grid(Space(ParameterDistribution.Normal(0, 1)), levels: 3));
        Assert.Throws<ArgumentException>(() => SweepDesign.Grid(UnitSpace(8), levels: 10));
        Assert.Throws<ArgumentException>(() => new ParameterSpace(
            [new SweepParameter("a", ParameterDistribution.Uniform(0, 1)), new SweepParameter("a", ParameterDistribution.Uniform(0, 1))]));
        Assert.Throws<ArgumentException>(() => new SweepParameter(" ", ParameterDistribution.Uniform(0, 1)));
    }

    [Fact]
    public void LatinHypercube_EveryStratumOfEveryDimensionHoldsExactlyOnePoint()
    {
        const int n = 50;

        var design = SweepDesign.LatinHypercube(UnitSpace(4), n, Rng(7));

        Assert.Equal(n, design.Count);
        for (var d = 0; d < 4; d++)
        {
            var strata = design.Points.Select(p => (int)(p[d] * n)).Order().ToArray();
            Assert.Equal(Enumerable.Range(0, n), strata);
        }
    }

    [Fact]
    public void LatinHypercube_SameSeedSamePoints_DifferentSeedDifferentPoints()
    {
        var a = SweepDesign.LatinHypercube(UnitSpace(3), 20, Rng(1));
        var b = SweepDesign.LatinHypercube(UnitSpace(3), 20, Rng(1));
        var c = SweepDesign.LatinHypercube(UnitSpace(3), 20, Rng(2));

        Assert.Equal(a.Points, b.Points);
        Assert.NotEqual(a.Points, c.Points);
    }

    [Fact]
    public void LatinHypercube_Seed42_MatchesPinnedGoldenPoints()
    {
        var design = SweepDesign.LatinHypercube(UnitSpace(2), 3, Rng(42));

        double[][] expected = [[0.5600144703427131, 0.25379146033525446], [0.9748976484417958, 0.5277831032457998], [0.33060130476070093, 0.8941509565375064]];
        Assert.Equal(expected, design.Points);
    }

    [Fact]
    public void LatinHypercube_NonUniformParameter_MapsThroughInverseCdf()
    {
        var design = SweepDesign.LatinHypercube(Space(ParameterDistribution.LogUniform(1, 1000)), 30, Rng(3));

        // Each decade of a log-uniform(1, 1000) holds a third of the strata.
        Assert.Equal(10, design.Points.Count(p => p[0] < 10));
        Assert.Equal(10, design.Points.Count(p => p[0] >= 100));
    }

    [Fact]
    public void Sobol_Layout_HasNTimesKPlusTwoPointsAndABRowsMixAAndB()
    {
        const int n = 16;
        const int k = 3;

        var design = SweepDesign.Sobol(UnitSpace(k), n, Rng(9));

        var layout = Assert.IsType<SaltelliLayout>(design.SaltelliLayout);
        Assert.Equal(n * (k + 2), design.Count);
        for (var j = 0; j < n; j++)
        {
            var a = design.Points[layout.IndexA(j)];
            var b = design.Points[layout.IndexB(j)];
            for (var i = 0; i < k; i++)
            {
                var ab = design.Points[layout.IndexAB(j, i)];
                for (var c = 0; c < k; c++)
                    Assert.Equal(c == i ? b[c] : a[c], ab[c]);
            }
        }

        // A's columns are the first k coordinates of 2^m Sobol points: stratified.
        var column = Enumerable.Range(0, n).Select(j => (int)(design.Points[layout.IndexA(j)][0] * n)).Order();
        Assert.Equal(Enumerable.Range(0, n), column);
    }

    [Fact]
    public void Sobol_SameSeed_IsReproducible()
    {
        var a = SweepDesign.Sobol(UnitSpace(2), 8, Rng(4));
        var b = SweepDesign.Sobol(UnitSpace(2), 8, Rng(4));

        Assert.Equal(a.Points, b.Points);
    }

    [Fact]
    public void Sobol_TooManyParameters_Throws() =>
        Assert.Throws<ArgumentException>(() => SweepDesign.Sobol(UnitSpace(21), 8, Rng(1)));

    [Fact]
    public void Morris_EachStepMovesOneParameterByDeltaOnTheGrid()
    {
        const int r = 10;
        const int p = 4;
        var space = Space(ParameterDistribution.Uniform(0, 1), ParameterDistribution.Uniform(10, 20), ParameterDistribution.Uniform(-1, 1));

        var design = SweepDesign.Morris(space, r, p, Rng(5));

        var layout = Assert.IsType<MorrisLayout>(design.MorrisLayout);
        Assert.Equal(r * 4, design.Count);
        Assert.Equal(2.0 / 3.0, layout.Delta, 12);
        for (var t = 0; t < r; t++)
        {
            Assert.Equal([0, 1, 2], layout.ChangedParameter[t].Order());
            for (var s = 0; s < 3; s++)
            {
                var before = design.Points[layout.Index(t, s)];
                var after = design.Points[layout.Index(t, s + 1)];
                for (var i = 0; i < 3; i++)
                {
                    var range = space.Parameters[i].Distribution.Range;
                    var moved = Math.Abs(after[i] - before[i]) / range;
                    Assert.Equal(i == layout.ChangedParameter[t][s] ? layout.Delta : 0, moved, 9);
                    var level = (after[i] - space.Parameters[i].Distribution.Minimum) / range * (p - 1);
                    Assert.Equal(Math.Round(level), level, 9);
                }
            }
        }
    }

    [Fact]
    public void Morris_InvalidSettings_Throw()
    {
        Assert.Throws<ArgumentException>(() => SweepDesign.Morris(UnitSpace(2), 5, 3, Rng(1)));
        Assert.Throws<ArgumentException>(() => SweepDesign.Morris(UnitSpace(2), 0, 4, Rng(1)));
        Assert.Throws<ArgumentException>(() => SweepDesign.Morris(Space(ParameterDistribution.Normal(0, 1)), 5, 4, Rng(1)));
    }
}
