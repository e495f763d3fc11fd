using MarketSim.Engine;

namespace MarketSim.Tests.Engine;

public sealed class RandomStreamBulkTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(int.MaxValue)]
    public void NextIndices_AnyCount_StayInRange(int count)
    {
        var random = new RandomStream(21);
        var filled = new int[10_001];

        random.NextIndices(filled, count);

        Assert.All(filled, d => Assert.InRange(d, 0, count - 1));
    }

    [Fact]
    public void NextIndices_BothHalvesOfEachDraw_PassChiSquare()
    {
        const int Buckets = 10;
        var random = new RandomStream(77);
        var filled = new int[200_000];
        var even = new int[Buckets];
        var odd = new int[Buckets];

        random.NextIndices(filled, Buckets);
        for (var i = 0; i < filled.Length; i++)
        {
            (i % 2 == 0 ? even : odd)[filled[i]]++;
        }

        // 9 degrees of freedom, P(chi2 > 27.88) = 0.001, for the high halves and the low halves separately.
        Assert.True(ChiSquare(even) < 27.88, string.Join(",", even));
        Assert.True(ChiSquare(odd) < 27.88, string.Join(",", odd));
    }

    [Fact]
    public void NextIndices_Seed42_MatchesPinnedValues()
    {
        var random = new RandomStream(42);
        var filled = new int[5];

        random.NextIndices(filled, 1_000);

        Assert.Equal(PinnedIndices, filled);
    }

    [Fact]
    public void NextIndices_CountBelowOne_Throws()
    {
        var random = new RandomStream(21);

        Assert.Throws<ArgumentOutOfRangeException>(() => random.NextIndices(new int[3], 0));
    }

    [Fact]
    public void RandomState_ViaRefAction_DrawsTheStreamsSequence()
    {
        var viaStream = new RandomStream(4);
        var viaState = new RandomStream(4);
        var set = new AgentSet<Token>();
        set.Add(new Token(new Host()));
        var expected = new List<double>();
        var action = new Draws { Values = [] };

        viaStream.Permute(new int[1].AsSpan());
        expected.Add(viaStream.NextUnit());
        expected.Add(viaStream.NextIndex(10));
        expected.Add(viaStream.NextBernoulli(0.5) ? 1 : 0);
        set.ShuffleDo(ref action, viaState);

        Assert.Equal(expected, action.Values);
        Assert.Equal(viaStream.NextUInt64(), viaState.NextUInt64());
    }

    // Computed from the reference definitions (high half, then low half of each draw), not from this code.
    private static readonly int[] PinnedIndices = [83, 47, 378, 426, 680];

    private static double ChiSquare(int[] counts)
    {
        var expected = counts.Sum() / (double)counts.Length;
        return counts.Sum(c => (c - expected) * (c - expected) / expected);
    }

    private struct Draws : IRandomAgentAction<Token>
    {
        public List<double> Values;

        public void Invoke(Token agent, ref RandomState random)
        {
            Values.Add(random.NextUnit());
            Values.Add(random.NextIndex(10));
            Values.Add(random.NextBernoulli(0.5) ? 1 : 0);
        }
    }

    private sealed class Host() : Model(1)
    {
        protected override void OnStep()
        {
        }
    }

    private sealed class Token(Model model) : Agent(model);
}
