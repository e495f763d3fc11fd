using MarketSim.Experiments;
using MathNet.Numerics.Random;

namespace MarketSim.Tests.Experiments;

public sealed class SobolSequenceTests
{
    // Joe and Kuo's reference generator (new-joe-kuo-6.21201, Gray-code order), first ten 3-D points.
    private static readonly double[][] JoeKuoGolden =
    [
        [0, 0, 0],
        [0.5, 0.5, 0.5],
        [0.75, 0.25, 0.25],
        [0.25, 0.75, 0.75],
        [0.375, 0.375, 0.625],
        [0.875, 0.875, 0.125],
        [0.625, 0.125, 0.875],
        [0.125, 0.625, 0.375],
        [0.1875, 0.3125, 0.9375],
        [0.6875, 0.8125, 0.4375],
    ];

    [Fact]
    public void Take_Unscrambled_MatchesJoeKuoGoldenPoints()
    {
        var points = new SobolSequence(3).Take(JoeKuoGolden.Length);

        for (var i = 0; i < JoeKuoGolden.Length; i++)
            Assert.Equal(JoeKuoGolden[i], points[i]);
    }

    [Fact]
    public void Point_UnscrambledIndexOne_IsOneHalfInEveryDimension()
    {
        var point = new double[SobolSequence.MaxDimensions];

        new SobolSequence(SobolSequence.MaxDimensions).Point(1, point);

        Assert.All(point, x => Assert.Equal(0.5, x));
    }

    [Fact]
    public void Point_RandomAccess_EqualsSequentialTake()
    {
        var sequence = SobolSequence.Scrambled(5, new Xoshiro256StarStar(3, threadSafe: false));
        var all = sequence.Take(100);
        var single = new double[5];

        sequence.Point(77, single);

        Assert.Equal(all[77], single);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Take_PowerOfTwoPoints_EveryOneDimensionalProjectionIsStratified(bool scrambled)
    {
        const int m = 10;
        var sequence = scrambled
            ? SobolSequence.Scrambled(SobolSequence.MaxDimensions, new Xoshiro256StarStar(11, threadSafe: false))
            : new SobolSequence(SobolSequence.MaxDimensions);

        var points = sequence.Take(1 << m);

        for (var d = 0; d < SobolSequence.MaxDimensions; d++)
        {
            var cells = new int[1 << m];
            foreach (var p in points)
                cells[(int)(p[d] * (1 << m))]++;
            Assert.All(cells, c => Assert.Equal(1, c));
        }
    }

    [Fact]
    public void Take_PowerOfTwoPoints_TwoDimensionalProjectionIsANet()
    {
        // Dimensions 1 and 2 form a (0, m, 2)-net: every 2^a x 2^(m-a) elementary box holds one point.
        var points = SobolSequence.Scrambled(2, new Xoshiro256StarStar(5, threadSafe: false)).Take(256);

        for (var a = 0; a <= 8; a++)
        {
            var cells = new int[256];
            foreach (var p in points)
                cells[((int)(p[0] * (1 << a)) << (8 - a)) + (int)(p[1] * (1 << (8 - a)))]++;
            Assert.All(cells, c => Assert.Equal(1, c));
        }
    }

    [Fact]
    public void Scrambled_SameSeed_GivesIdenticalPointsInUnitInterval()
    {
        var first = SobolSequence.Scrambled(8, new Xoshiro256StarStar(42, threadSafe: false)).Take(500);
        var second = SobolSequence.Scrambled(8, new Xoshiro256StarStar(42, threadSafe: false)).Take(500);

        Assert.Equal(first, second);
        Assert.All(first, p => Assert.All(p, x => Assert.InRange(x, 0.0, Math.BitDecrement(1.0))));
    }

    [Fact]
    public void Scrambled_DifferentSeeds_GiveDifferentPoints()
    {
        var first = SobolSequence.Scrambled(4, new Xoshiro256StarStar(1, threadSafe: false)).Take(16);
        var second = SobolSequence.Scrambled(4, new Xoshiro256StarStar(2, threadSafe: false)).Take(16);

        Assert.NotEqual(first, second);
        Assert.NotEqual(new double[4], first[0]);
    }

    [Fact]
    public void Scrambled_Seed42_MatchesPinnedGoldenPoints()
    {
        // Pins the scrambling algorithm and its draw order: changing either changes every published sweep.
        var points = SobolSequence.Scrambled(3, new Xoshiro256StarStar(42, threadSafe: false)).Take(2);

        Assert.Equal([0.07171893143095076, 0.7164205494336784, 0.979685035534203], points[0]);
        Assert.Equal([0.9282038097735494, 0.06159908580593765, 0.41864318447187543], points[1]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(SobolSequence.MaxDimensions + 1)]
    public void Constructor_DimensionsOutOfRange_Throws(int dimensions) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SobolSequence(dimensions));
}
