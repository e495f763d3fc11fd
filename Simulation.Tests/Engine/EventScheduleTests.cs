using MarketSim.Engine;

namespace MarketSim.Tests.Engine;

public sealed class EventScheduleTests
{
    [Fact]
    public void RunDue_SameTick_RunsByPriorityThenInsertion()
    {
        var schedule = new EventSchedule();
        var ran = new List<string>();
        schedule.At(1, () => ran.Add("b0"), priority: 5);
        schedule.At(1, () => ran.Add("a"), priority: 0);
        schedule.At(1, () => ran.Add("b1"), priority: 5);
        schedule.At(1, () => ran.Add("first"), priority: -3);

        var count = schedule.RunDue(1);

        Assert.Equal(["first", "a", "b0", "b1"], ran);
        Assert.Equal(4, count);
    }

    [Fact]
    public void RunDue_SeveralTicks_RunsOnlyDueEventsInTickOrder()
    {
        var schedule = new EventSchedule();
        var ran = new List<int>();
        schedule.At(3, () => ran.Add(3));
        schedule.At(1, () => ran.Add(1), priority: 9);
        schedule.At(2, () => ran.Add(2), priority: -9);

        schedule.RunDue(2);

        Assert.Equal([1, 2], ran);
        Assert.Equal(1, schedule.Pending);
    }

    [Fact]
    public void RunDue_EventSchedulesSameTick_NewEventRunsInThisCallByItsPriority()
    {
        var schedule = new EventSchedule();
        var ran = new List<string>();
        schedule.At(4, () =>
        {
            ran.Add("parent");
            schedule.At(4, () => ran.Add("urgent child"), priority: -1);
            schedule.At(4, () => ran.Add("late child"), priority: 0);
        });
        schedule.At(4, () => ran.Add("sibling"));

        schedule.RunDue(4);

        Assert.Equal(["parent", "urgent child", "sibling", "late child"], ran);
        Assert.Equal(0, schedule.Pending);
    }

    [Fact]
    public void Step_EventSchedulesLaterTick_RunsAtThatTickBeforeTheModelStep()
    {
        var model = new LogModel();
        model.Schedule.At(1, () =>
        {
            model.Log.Add($"event@{model.Steps}");
            model.Schedule.At(3, () => model.Log.Add($"follow-up@{model.Steps}"));
        });

        model.RunFor(4);

        Assert.Equal(["step@0", "event@1", "step@1", "step@2", "follow-up@3", "step@3"], model.Log);
    }

    [Fact]
    public void At_NegativeTick_Throws()
    {
        var schedule = new EventSchedule();

        Assert.Throws<ArgumentOutOfRangeException>(() => schedule.At(-1, () => { }));
    }

    [Fact]
    public void At_Event_RecordsTickPriorityAndIncreasingSequence()
    {
        var schedule = new EventSchedule();

        var first = schedule.At(2, () => { }, priority: 1, name: "x");
        var second = schedule.At(2, () => { });

        Assert.Equal((2, 1, "x"), (first.Tick, first.Priority, first.Name));
        Assert.True(second.Sequence > first.Sequence);
    }

    private sealed class LogModel() : Model(1)
    {
        public List<string> Log { get; } = [];

        protected override void OnStep() => Log.Add($"step@{Steps}");
    }
}
