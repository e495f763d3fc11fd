using MarketSim.Engine;
using MarketSim.Engine.Reference;

namespace MarketSim.Tests.Engine;

public sealed class MoneyModelTests
{
    [Fact]
    public void Step_EveryTick_ConservesTotalWealthAndKeepsItNonNegative()
    {
        var model = new MoneyModel(500, seed: 3);

        for (var tick = 0; tick < 100; tick++)
        {
            model.Step();

            Assert.Equal(500, model.TotalWealth);
            Assert.All(model.Agents, a => Assert.True(a.Wealth >= 0));
        }
    }

    [Fact]
    public void Gini_OverARun_RisesFromZeroAndStaysInTheExpectedBand()
    {
        var model = new MoneyModel(1_000, seed: 4);
        var initial = model.Gini();
        model.Step();
        var afterOne = model.Gini();
        var later = new List<double>();

        for (var tick = 1; tick < 300; tick++)
        {
            model.Step();
            if (tick >= 20)
            {
                later.Add(model.Gini());
            }
        }

        // With one unit each and giving only what it has, the stationary Gini is about 0.63.
        Assert.Equal(0.0, initial, 12);
        Assert.InRange(afterOne, 0.3, 0.7);
        Assert.All(later, g => Assert.InRange(g, 0.55, 0.70));
    }

    [Fact]
    public void RunFor_SameSeed_ReproducesEveryAgentsWealth()
    {
        var first = Wealths(seed: 9);
        var again = Wealths(seed: 9);

        Assert.Equal(first, again);
    }

    [Fact]
    public void RunFor_DifferentSeeds_GiveDifferentWealths()
    {
        var first = Wealths(seed: 9);
        var other = Wealths(seed: 10);

        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Step_Always_MatchesAPlainMesaLoopOnTheSameStream()
    {
        // Mesa's rules written plainly on the model's stream: one partner draw per turn, made up front
        // with NextIndices as the model does (broke agents draw too), then the shuffle, then each agent
        // in that order gives one unit to its turn's partner, skipping itself, if it has any.
        const int Agents = 200;
        const ulong Seed = 12;
        var model = new MoneyModel(Agents, Seed);
        var random = new RandomStream(SeedMixer.Derive(Seed, "model"));
        var wealth = Enumerable.Repeat(1, Agents).ToArray();

        for (var tick = 0; tick < 20; tick++)
        {
            model.Step();
            var partners = new int[Agents];
            random.NextIndices(partners, Agents - 1);
            var order = Enumerable.Range(0, Agents).ToArray();
            random.Permute(order.AsSpan());
            for (var turn = 0; turn < Agents; turn++)
            {
                var giver = order[turn];
                var other = partners[turn] >= giver ? partners[turn] + 1 : partners[turn];
                if (wealth[giver] > 0)
                {
                    wealth[giver]--;
                    wealth[other]++;
                }
            }
        }

        Assert.Equal(wealth, model.Agents.Select(a => a.Wealth));
    }

    [Fact]
    public void Step_Warm_AllocatesNothing()
    {
        var model = new MoneyModel(2_000, seed: 1);
        model.RunFor(3);
        var before = GC.GetAllocatedBytesForCurrentThread();

        model.RunFor(5);

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Constructor_FewerThanTwoAgents_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MoneyModel(1, seed: 1));
    }

    private static int[] Wealths(ulong seed)
    {
        var model = new MoneyModel(300, seed);
        model.RunFor(50);
        return model.Agents.Select(a => a.Wealth).ToArray();
    }
}
