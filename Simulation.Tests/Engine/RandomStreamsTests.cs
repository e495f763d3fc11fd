using MarketSim.Engine;

namespace MarketSim.Tests.Engine;

public sealed class RandomStreamsTests
{
    [Fact]
    public void Get_SameSeedAndName_SameStreamWhateverTheCreationOrder()
    {
        var forward = new RandomStreams(42);
        var backward = new RandomStreams(42);

        var a1 = forward.Get("a").NextUInt64();
        var b1 = forward.Get("b").NextUInt64();
        var b2 = backward.Get("b").NextUInt64();
        var a2 = backward.Get("a").NextUInt64();

        Assert.Equal(a1, a2);
        Assert.Equal(b1, b2);
    }

    [Fact]
    public void Get_DifferentNames_GiveDifferentStreams()
    {
        var streams = new RandomStreams(42);

        var a = Draw(streams.Get("customers"), 4);
        var b = Draw(streams.Get("labs"), 4);

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Get_DifferentRootSeeds_GiveDifferentStreams()
    {
        var a = Draw(new RandomStreams(1).Get("customers"), 4);
        var b = Draw(new RandomStreams(2).Get("customers"), 4);

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Get_SameNameTwice_ReturnsTheSameContinuingStream()
    {
        var streams = new RandomStreams(42);

        var first = streams.Get("x");
        var second = streams.Get("x");

        Assert.Same(first, second);
    }

    [Fact]
    public void Get_Name_EqualsStreamOfDerivedSeed()
    {
        var fromFamily = Draw(new RandomStreams(42).Get("customers"), 3);
        var direct = Draw(new RandomStream(SeedMixer.Derive(42, "customers")), 3);

        Assert.Equal(direct, fromFamily);
    }

    private static ulong[] Draw(RandomStream random, int count) =>
        Enumerable.Range(0, count).Select(_ => random.NextUInt64()).ToArray();
}
