using MarketSim.Engine;

namespace MarketSim.Tests.Engine;

public sealed class RandomStreamBulkTests
{
    [Fact]
    public void NextIndices_AnyLength_EqualsRepeatedNextIndex()
    {
        var bulk = new RandomStream(21);
        var single = new RandomStream(21);
        var filled = new int[1_000];

        bulk.NextIndices(filled, 37);
        var drawn = Enumerable.Range(0, filled.Length).Select(_ => single.NextIndex(37)).ToArray();

        Assert.Equal(drawn, filled);
        Assert.Equal(single.NextUInt64(), bulk.NextUInt64());
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
