using MarketSim.Market;
using MarketSim.Market.Events;
using MarketSim.Market.Parameters;

namespace MarketSim.Tests.Market;

/// <summary>v2 demand (docs/model.md 3.3.2b): closed forms of tau and the unlock, and the dockings of MODEL.md 8.6 item 9.</summary>
public sealed class TaskDemandTests
{
    private static readonly TaskDemandParameters Defaults = new(
        TokensExponent: 6, MaxTokensPerTask: 50, UnlockWidth: 0.3, ShareInUse: 0.5, Adjustment: 0.05, SpendCeiling: 1200);

    internal static ScenarioParameters WithTaskDemand(ScenarioParameters s, TaskDemandParameters? p = null) =>
        s with { Market = s.Market with { TaskDemand = p ?? Defaults } };

    private static ScenarioParameters Market(double elasticity, TaskDemandParameters? p = null) =>
        WithTaskDemand(TestScenarios.Quiet(customers: 2_000, labs: 1).WithSegments(s => s with { Elasticity = elasticity }), p);

    private static double[] Spend(ScenarioParameters scenario, int ticks)
    {
        var market = new MarketModel(scenario, 0, 5);
        var spend = new double[ticks];
        for (var t = 0; t < ticks; t++)
        {
            market.Step();
            Assert.Empty(InvariantChecker.Check(market));
            spend[t] = market.Totals.CustomerSpend;
        }

        return spend;
    }

    [Theory]
    [InlineData(1.0, 1.0)]
    [InlineData(1.1, 1.771561)]
    [InlineData(2.0, 50.0)]
    [InlineData(0.9, 0.531441)]
    public void TokensPerTask_IsCappedPowerOfRelativeCapability(double k, double expected) =>
        Assert.Equal(expected, TaskDemand.TokensPerTask(k, 1.0, 6, 50), 6);

    [Theory]
    [InlineData(0.01)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    public void Unlocked_AtTheTickZeroFrontier_IsTheTickZeroShareInUse(double l0)
    {
        var w = 0.3;
        var z = w * Math.Log((1 / l0) - 1);

        Assert.Equal(l0, TaskDemand.Unlocked(1.0, 1.0, z, w), 12);
        // One unlock width above z in ln K is 1 / (1 + e^-1) of the ceiling.
        Assert.Equal(1 / (1 + Math.Exp(-1)), TaskDemand.Unlocked(Math.Exp(z + w), 1.0, z, w), 12);
    }

    [Fact]
    public void Tasks_FrontierFixed_ApproachCeilingGeometrically()
    {
        // K_F = K_0 every tick, so x* = X Lambda(K_0) = x(0) / psi and x(t) = x* + (x(0) - x*)(1 - nu)^t.
        var market = new MarketModel(Market(1.3), 0, 5);
        market.Step();
        var tasks = market.TaskDemand!;
        var x0 = tasks.Tasks(0);
        var target = x0 / Defaults.ShareInUse;
        for (var t = 1; t <= 24; t++)
        {
            market.Step();
            Assert.Equal(target + ((x0 - target) * Math.Pow(1 - Defaults.Adjustment, t)), tasks.Tasks(0), 12);
        }
    }

    [Fact]
    public void TickZero_DemandEqualsV1()
    {
        var v1 = new MarketModel(TestScenarios.Quiet(customers: 2_000, labs: 2).WithSegments(s => s with { Elasticity = 1.3 }), 0, 5);
        var v2 = new MarketModel(WithTaskDemand(TestScenarios.Quiet(customers: 2_000, labs: 2).WithSegments(s => s with { Elasticity = 1.3 })), 0, 5);
        v1.Step();
        v2.Step();

        Assert.Equal(v1.Totals.CustomerSpend, v2.Totals.CustomerSpend, 12);
        Assert.Equal(v1.Labs[0].Demand, v2.Labs[0].Demand, 12);
    }

    [Fact]
    public void SpendCeiling_FullAdoptionFullUnlock_IsTheCeiling()
    {
        // X_s is solved so that x = X at tick-0 prices with every customer adopted gives spend_ceiling / 12.
        var market = new MarketModel(Market(1.3), 0, 5);
        market.Step();
        var tasks = market.TaskDemand!;

        Assert.Equal(Defaults.SpendCeiling / 12, market.Totals.CustomerSpend * tasks.Ceiling(0) / tasks.Tasks(0), 9);
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(1.15)]
    [InlineData(0.6)]
    public void Spend_PriceStepWithUnlockAndBassOff_HasElasticityOneMinusEta(double eta)
    {
        // Docking (MODEL.md 8.6 item 9): with tasks per adopter fixed (nu = 0) and every customer adopted,
        // spend = x (c / P_ref)^-eta c, so a price step by s moves spend by s^(1 - eta).
        var off = Defaults with { Adjustment = 0 };
        var step = 0.8;
        var control = Spend(Market(eta, off), 6);
        var cheaper = Spend(Market(eta, off).WithClouds(c => c with { Price = c.Price * step }), 6);

        for (var t = 0; t < control.Length; t++)
        {
            Assert.Equal(1 - eta, Math.Log(cheaper[t] / control[t]) / Math.Log(step), 9);
        }
    }

    [Theory]
    [InlineData(1.5, 1.05)]
    [InlineData(0.8, 1.1)]
    public void Spend_CapabilityJump_MovesByTauToTheOneMinusEta(double eta, double factor)
    {
        // A breakthrough multiplies K by f: tau = f^theta, the cost of a task rises by tau and WU per task by
        // tau, so spend = x (P tau / P_ref)^-eta P tau moves by tau^(1 - eta) (nu = 0: no unlock).
        var off = Defaults with { Adjustment = 0 };
        var scenario = Market(eta, off).With(new LabBreakthrough(3, TestScenarios.LabId(0), factor));
        var spend = Spend(scenario, 5);
        var tau = Math.Pow(factor, Defaults.TokensExponent);

        Assert.Equal(spend[0], spend[2], 9);
        Assert.Equal(Math.Pow(tau, 1 - eta), spend[3] / spend[2], 9);
    }
}
