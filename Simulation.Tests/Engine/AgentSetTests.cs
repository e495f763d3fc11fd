using MarketSim.Engine;

namespace MarketSim.Tests.Engine;

public sealed class AgentSetTests
{
    public enum Activation
    {
        Do,
        ShuffleDelegate,
        ShuffleStruct,
        ShuffleRef,
    }

    [Theory]
    [InlineData(Activation.Do)]
    [InlineData(Activation.ShuffleDelegate)]
    [InlineData(Activation.ShuffleStruct)]
    [InlineData(Activation.ShuffleRef)]
    public void Activate_AnyOverload_EveryMemberActsExactlyOnce(Activation activation)
    {
        var (model, set) = Build(50);
        var acted = new List<int>();

        Activate(set, activation, model.Random, a => acted.Add(a.Id));

        Assert.Equal(Enumerable.Range(1, 50), acted.Order());
    }

    [Fact]
    public void Do_Members_ActInInsertionOrder()
    {
        var (model, set) = Build(20);
        var acted = new List<int>();

        Activate(set, Activation.Do, model.Random, a => acted.Add(a.Id));

        Assert.Equal(Enumerable.Range(1, 20), acted);
    }

    [Theory]
    [InlineData(Activation.ShuffleDelegate)]
    [InlineData(Activation.ShuffleStruct)]
    [InlineData(Activation.ShuffleRef)]
    public void ShuffleDo_SameSeed_ReproducesOrder(Activation activation)
    {
        var first = Order(seed: 1, activation);
        var again = Order(seed: 1, activation);

        Assert.Equal(first, again);
    }

    [Theory]
    [InlineData(Activation.ShuffleDelegate)]
    [InlineData(Activation.ShuffleStruct)]
    [InlineData(Activation.ShuffleRef)]
    public void ShuffleDo_DifferentSeeds_GiveDifferentOrders(Activation activation)
    {
        var first = Order(seed: 1, activation);
        var other = Order(seed: 2, activation);

        Assert.NotEqual(first, other);
    }

    [Theory]
    [InlineData(Activation.ShuffleDelegate)]
    [InlineData(Activation.ShuffleStruct)]
    [InlineData(Activation.ShuffleRef)]
    public void ShuffleDo_ConsecutiveActivations_AreShuffledAfresh(Activation activation)
    {
        var (model, set) = Build(30);
        var orders = new List<int[]>();

        for (var tick = 0; tick < 3; tick++)
        {
            var acted = new List<int>();
            Activate(set, activation, model.Random, a => acted.Add(a.Id));
            orders.Add([.. acted]);
        }

        Assert.NotEqual(Enumerable.Range(1, 30), orders[0]);
        Assert.NotEqual(orders[0], orders[1]);
        Assert.NotEqual(orders[1], orders[2]);
    }

    [Fact]
    public void ShuffleDo_FirstPosition_IsRoughlyUniform()
    {
        const int Trials = 4_000;
        var (model, set) = Build(4);
        var firsts = new int[5];

        for (var t = 0; t < Trials; t++)
        {
            var first = 0;
            set.ShuffleDo(a => first = first == 0 ? a.Id : first, model.Random);
            firsts[first]++;
        }

        Assert.All(firsts.Skip(1), c => Assert.InRange(c, 850, 1_150));
    }

    [Fact]
    public void ShuffleDo_RefAndDelegateOverloads_ConsumeTheStreamIdentically()
    {
        var (delegateModel, delegateSet) = Build(40);
        var (refModel, refSet) = Build(40);
        var delegateLog = new List<(int Id, int Draw)>();
        var refAction = new DrawingAction { Log = [] };

        for (var tick = 0; tick < 3; tick++)
        {
            delegateSet.ShuffleDo(a => delegateLog.Add((a.Id, delegateModel.Random.NextIndex(1_000))), delegateModel.Random);
            refSet.ShuffleDo(ref refAction, refModel.Random);
        }

        Assert.Equal(delegateLog, refAction.Log);
        Assert.Equal(delegateModel.Random.NextUInt64(), refModel.Random.NextUInt64());
    }

    [Fact]
    public void ShuffleDo_RefAction_FieldsAreVisibleAfterwards()
    {
        var (model, set) = Build(25);
        var action = new DrawingAction { Log = [] };

        set.ShuffleDo(ref action, model.Random);

        Assert.Equal(25, action.Calls);
    }

    [Fact]
    public void ShuffleDo_RefActionDrawsFromTheLentStream_Throws()
    {
        var (model, set) = Build(3);
        var action = new CallbackAction(_ => model.Random.NextUInt64());

        Assert.Throws<InvalidOperationException>(() => set.ShuffleDo(ref action, model.Random));

        var afterwards = Record.Exception(() => model.Random.NextUInt64());
        Assert.Null(afterwards);
    }

    [Theory]
    [InlineData(Activation.Do)]
    [InlineData(Activation.ShuffleDelegate)]
    [InlineData(Activation.ShuffleStruct)]
    [InlineData(Activation.ShuffleRef)]
    public void Activate_AgentAddedDuringActivation_FirstActsInTheNextActivation(Activation activation)
    {
        var (model, set) = Build(5);
        var added = new List<TestAgent>();
        var acted = new List<int>();

        Activate(set, activation, model.Random, a =>
        {
            acted.Add(a.Id);
            var child = new TestAgent(model);
            added.Add(child);
            set.Add(child);
        });
        var firstRound = acted.ToList();
        acted.Clear();
        Activate(set, activation, model.Random, a => acted.Add(a.Id));

        Assert.Equal(Enumerable.Range(1, 5), firstRound.Order());
        Assert.Equal(Enumerable.Range(1, 10), acted.Order());
        Assert.Equal(10, set.Count);
    }

    [Theory]
    [InlineData(Activation.Do)]
    [InlineData(Activation.ShuffleDelegate)]
    [InlineData(Activation.ShuffleStruct)]
    [InlineData(Activation.ShuffleRef)]
    public void Activate_AgentsRemovedBeforeTheirTurn_AreSkipped(Activation activation)
    {
        var (model, set) = Build(10);
        var acted = new List<int>();

        Activate(set, activation, model.Random, a =>
        {
            acted.Add(a.Id);
            foreach (var other in set.ToList())
            {
                if (other != a)
                {
                    set.Remove(other);
                }
            }
        });

        var survivor = Assert.Single(acted);
        Assert.Equal(survivor, Assert.Single(set).Id);
    }

    [Theory]
    [InlineData(Activation.Do)]
    [InlineData(Activation.ShuffleDelegate)]
    [InlineData(Activation.ShuffleStruct)]
    [InlineData(Activation.ShuffleRef)]
    public void Activate_AgentRemovingItselfAfterActing_ActedOnceAndIsGone(Activation activation)
    {
        var (model, set) = Build(8);
        var acted = new List<int>();

        Activate(set, activation, model.Random, a =>
        {
            acted.Add(a.Id);
            a.Remove();
        });

        Assert.Equal(Enumerable.Range(1, 8), acted.Order());
        Assert.Empty(set);
    }

    [Fact]
    public void CountAndIndexer_AfterRemovalDuringActivation_ReflectIt()
    {
        var (model, set) = Build(5);
        int? countInside = null;
        int? thirdInside = null;

        set.Do(a =>
        {
            if (a.Id == 1)
            {
                set.Remove(set[2]);
                countInside = set.Count;
                thirdInside = set[2].Id;
            }
        });

        Assert.Equal(4, countInside);
        Assert.Equal(4, thirdInside);
        Assert.Equal([1, 2, 4, 5], set.Select(a => a.Id));
        Assert.Equal(1, model.Removals);
    }

    [Theory]
    [InlineData(Activation.Do)]
    [InlineData(Activation.ShuffleDelegate)]
    [InlineData(Activation.ShuffleStruct)]
    [InlineData(Activation.ShuffleRef)]
    public void Activate_GrowthAndRemovalsDuringActivation_WalkTheOriginalMembersAndKeepInsertionOrder(Activation activation)
    {
        var (model, set) = Build(4);
        var acted = new List<int>();
        var first = true;

        Activate(set, activation, model.Random, a =>
        {
            acted.Add(a.Id);
            if (first)
            {
                first = false;
                foreach (var other in set.Where(o => o != a).Take(2).ToList())
                {
                    other.Remove();
                }

                for (var i = 0; i < 5; i++)
                {
                    set.Add(new TestAgent(model));
                }
            }
        });

        Assert.Equal(2, acted.Count);
        Assert.Equal(7, set.Count);
        Assert.Equal(set.Select(a => a.Id).Order(), set.Select(a => a.Id));
        Assert.Equal([5, 6, 7, 8, 9], set.Select(a => a.Id).Skip(2));
    }

    [Fact]
    public void ShuffleDo_WarmStructActivation_AllocatesNothing()
    {
        var (model, set) = Build(1_000);
        set.ShuffleDo(new CountingAction(), model.Random);
        var action = new CountingAction();
        set.ShuffleDo(ref action, model.Random);
        var before = GC.GetAllocatedBytesForCurrentThread();

        set.ShuffleDo(new CountingAction(), model.Random);
        set.ShuffleDo(ref action, model.Random);

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void GetEnumerator_SetChangesWhileEnumerating_Throws()
    {
        var (model, set) = Build(3);

        Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var agent in set)
            {
                set.Add(new TestAgent(model));
            }
        });
    }

    [Fact]
    public void Do_ActivatingTheSameSetInside_Throws()
    {
        var (model, set) = Build(2);

        Assert.Throws<InvalidOperationException>(() => set.Do(_ => set.ShuffleDo(_ => { }, model.Random)));
    }

    [Fact]
    public void Select_Predicate_KeepsMatchingMembersInOrder()
    {
        var (_, set) = Build(10);

        var even = set.Select(a => a.Id % 2 == 0);

        Assert.Equal([2, 4, 6, 8, 10], even.Select(a => a.Id));
    }

    [Fact]
    public void GroupBy_Key_GroupsInOrderOfFirstMember()
    {
        var (_, set) = Build(7);

        var groups = set.GroupBy(a => a.Id % 3 == 0 ? "three" : "other");

        Assert.Equal(["other", "three"], groups.Select(g => g.Key));
        Assert.Equal([1, 2, 4, 5, 7], groups[0].Value.Select(a => a.Id));
        Assert.Equal([3, 6], groups[1].Value.Select(a => a.Id));
    }

    [Fact]
    public void Aggregates_Members_ComputeOverActiveMembers()
    {
        var (_, set) = Build(4);
        set[3].Remove();

        var sum = set.Sum(a => a.Id);
        var mean = set.Mean(a => a.Id);
        var max = set.Max(a => a.Id);
        var ids = set.Aggregate("", (acc, a) => acc + a.Id);

        Assert.Equal(6.0, sum);
        Assert.Equal(2.0, mean);
        Assert.Equal(3.0, max);
        Assert.Equal("123", ids);
    }

    [Fact]
    public void MeanAndMax_EmptySet_AreNaN()
    {
        var set = new AgentSet<TestAgent>();

        Assert.True(double.IsNaN(set.Mean(a => a.Id)));
        Assert.True(double.IsNaN(set.Max(a => a.Id)));
        Assert.Equal(0.0, set.Sum(a => a.Id));
    }

    private static int[] Order(ulong seed, Activation activation)
    {
        var (model, set) = Build(30, seed);
        var acted = new List<int>();
        Activate(set, activation, model.Random, a => acted.Add(a.Id));
        return [.. acted];
    }

    private static (TestModel Model, AgentSet<TestAgent> Set) Build(int count, ulong seed = 42)
    {
        var model = new TestModel(seed);
        var set = new AgentSet<TestAgent>();
        for (var i = 0; i < count; i++)
        {
            set.Add(new TestAgent(model));
        }

        return (model, set);
    }

    private static void Activate(AgentSet<TestAgent> set, Activation activation, RandomStream random, Action<TestAgent> act)
    {
        switch (activation)
        {
            case Activation.Do:
                set.Do(act);
                break;
            case Activation.ShuffleDelegate:
                set.ShuffleDo(act, random);
                break;
            case Activation.ShuffleStruct:
                set.ShuffleDo(new CallbackAction(act), random);
                break;
            default:
                var action = new CallbackAction(act);
                set.ShuffleDo(ref action, random);
                break;
        }
    }

    private readonly struct CallbackAction(Action<TestAgent> act) : IAgentAction<TestAgent>, IRandomAgentAction<TestAgent>
    {
        public void Invoke(TestAgent agent) => act(agent);

        public void Invoke(TestAgent agent, ref RandomState random) => act(agent);
    }

    private struct CountingAction : IAgentAction<TestAgent>, IRandomAgentAction<TestAgent>
    {
        public int Calls;

        public void Invoke(TestAgent agent) => Calls++;

        public void Invoke(TestAgent agent, ref RandomState random) => Calls += random.NextIndex(2) + 1;
    }

    private struct DrawingAction : IRandomAgentAction<TestAgent>
    {
        public List<(int Id, int Draw)> Log;
        public int Calls;

        public void Invoke(TestAgent agent, ref RandomState random)
        {
            Log.Add((agent.Id, random.NextIndex(1_000)));
            Calls++;
        }
    }

    private sealed class TestModel(ulong seed) : Model(seed)
    {
        protected override void OnStep()
        {
        }
    }

    private sealed class TestAgent(Model model) : Agent(model);
}
