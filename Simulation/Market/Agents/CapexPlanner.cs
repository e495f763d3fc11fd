using MarketSim.Market.Parameters;
using MathNet.Numerics.RootFinding;

namespace MarketSim.Market.Agents;

/// <summary>
/// The backlog capex rule shared by clouds and outside fleets (docs/model.md (6.17)-(6.20)): observed growth of
/// the demand not covered by contracts, blended with the market's expected growth, projected over the planning
/// horizon on top of the contracted backlog; the gap to the fleet plus what is on order is closed over T_adj.
/// </summary>
public sealed class CapexPlanner
{
    private readonly SupplyParameters _supply;
    private double _lastFree = double.NaN;
    private double _lastCovered;

    internal CapexPlanner(SupplyParameters supply, double initialGrowth)
    {
        _supply = supply;
        ObservedGrowth = initialGrowth;
    }

    /// <summary>g_obs: smoothed monthly growth of free demand.</summary>
    public double ObservedGrowth { get; private set; }

    /// <summary>ghat of the last plan.</summary>
    public double PlannedGrowth { get; private set; }

    /// <summary>
    /// Largest monthly growth a plan extrapolates: 50% a month compounds to 130 times in a year, beyond anything observed,
    /// so only a runaway sentiment term reaches it; without it (1 + ghat)^L_p can overflow the fleet target and the
    /// financing limit that scales with sentiment would pay for it.
    /// </summary>
    public const double MaxPlannedGrowth = 0.5;

    /// <summary>K* of the last plan, million CU.</summary>
    public double TargetCapacity { get; private set; }

    // ghat as the plan uses it (docs/model.md (6.19)): within [-0.5, MaxPlannedGrowth].
    private double Planned => Math.Clamp(PlannedGrowth, -0.5, MaxPlannedGrowth);

    /// <summary>
    /// Updates g_obs with this month's demand <paramref name="demand"/>, of which <paramref name="covered"/> is planned
    /// by contracts (6.17), and returns ghat (6.18).
    /// </summary>
    internal double Observe(double demand, double covered, double smoothing, double marketGrowth)
    {
        if (_lastFree > 0)
        {
            // Growth is measured like for like, against last month's coverage: a contract that starts or ends moves
            // demand between free and covered, which is not growth (docs/model.md (6.17)).
            var free = Math.Max(0, demand - _lastCovered);
            ObservedGrowth = (smoothing * ((free / _lastFree) - 1)) + ((1 - smoothing) * ObservedGrowth);
        }

        _lastFree = Math.Max(0, demand - covered);
        _lastCovered = covered;
        return Expect(marketGrowth);
    }

    /// <summary>ghat from the current g_obs and <paramref name="marketGrowth"/> (6.18), without a new observation.</summary>
    internal double Expect(double marketGrowth)
    {
        var w = _supply.DemandWeight;
        // docs/model.md (6.18)
        PlannedGrowth = (w * ObservedGrowth) + ((1 - w) * marketGrowth);
        return PlannedGrowth;
    }

    /// <summary>
    /// Capacity to order (million CU, 6.19-6.20): <paramref name="contractedAhead"/> CU of take-or-pay at the horizon plus
    /// free demand grown at ghat, over u*, less the fleet net of retirements within the horizon and the weighted supply
    /// line, closed over T_adj, on top of the expected change of the target: the growth of its free part and the
    /// capacity <paramref name="retiringNext"/> that leaves the fleet just beyond the horizon.
    /// </summary>
    internal double Order(double contractedAhead, double freeDemand, double targetUtilisation, double capacity, double retiring, double retiringNext, double onOrder)
    {
        var g = Planned;
        var free = freeDemand * Math.Pow(1 + g, _supply.PlanningHorizon) / targetUtilisation;
        // docs/model.md (6.19)
        TargetCapacity = (contractedAhead / targetUtilisation) + free;
        // docs/model.md (6.20)
        var anchor = (g * free) + retiringNext;
        return Math.Max(0, anchor + ((TargetCapacity - capacity + retiring - (_supply.SupplyLineWeight * onOrder)) / _supply.AdjustmentTime));
    }

    /// <summary>
    /// Sets g_obs so that the plan orders <paramref name="order"/> (docs/model.md (6.18a)): at tick 0 the supply line a cloud
    /// already has is the plan it made, so the growth that plan implies is the growth it expects, and its first order
    /// continues the line instead of jumping to what a default growth would order. ghat is bounded as in the plan itself;
    /// with no weight on observed growth (omega_d 0) nothing is revealed.
    /// </summary>
    internal void RevealGrowth(double order, double contractedAhead, double freeDemand, double targetUtilisation, double capacity, double retiring, double retiringNext, double onOrder, double marketGrowth)
    {
        var w = _supply.DemandWeight;
        if (w <= 0)
        {
            return;
        }

        double Gap(double g)
        {
            PlannedGrowth = g;
            return Order(contractedAhead, freeDemand, targetUtilisation, capacity, retiring, retiringNext, onOrder) - order;
        }

        const double low = -0.5;
        double g;
        if (Gap(MaxPlannedGrowth) <= 0)
        {
            g = MaxPlannedGrowth;
        }
        else if (Gap(low) >= 0)
        {
            g = low;
        }
        else if (!Bisection.TryFindRoot(Gap, low, MaxPlannedGrowth, 1e-10, 200, out g))
        {
            // Not reached for a continuous plan; keep the default start rather than guess.
            Expect(marketGrowth);
            return;
        }

        ObservedGrowth = (g - ((1 - w) * marketGrowth)) / w;
        Expect(marketGrowth);
    }

    /// <summary>
    /// The free demand at which <see cref="Order"/> returns <paramref name="order"/> (no contracts): used once, at tick 0,
    /// to solve a fleet's demand share (docs/model.md (7.12)).
    /// </summary>
    internal double FreeDemandFor(double order, double targetUtilisation, double capacity, double retiring, double retiringNext, double onOrder)
    {
        var g = Planned;
        var t = _supply.AdjustmentTime;
        var position = ((order - retiringNext) * t) + capacity - retiring + (_supply.SupplyLineWeight * onOrder);
        return Math.Max(0, position * targetUtilisation / (Math.Pow(1 + g, _supply.PlanningHorizon) * (1 + (g * t))));
    }
}
