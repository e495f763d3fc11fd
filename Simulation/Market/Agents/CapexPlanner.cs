using MarketSim.Market.Parameters;

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

    internal CapexPlanner(SupplyParameters supply, double initialGrowth)
    {
        _supply = supply;
        ObservedGrowth = initialGrowth;
    }

    /// <summary>g_obs: smoothed monthly growth of free demand.</summary>
    public double ObservedGrowth { get; private set; }

    /// <summary>ghat of the last plan.</summary>
    public double PlannedGrowth { get; private set; }

    /// <summary>K* of the last plan, million CU.</summary>
    public double TargetCapacity { get; private set; }

    /// <summary>Updates g_obs with this month's free demand (6.17) and returns ghat (6.18).</summary>
    internal double Observe(double freeDemand, double smoothing, double marketGrowth)
    {
        if (_lastFree > 0)
        {
            // docs/model.md (6.17)
            ObservedGrowth = (smoothing * ((freeDemand / _lastFree) - 1)) + ((1 - smoothing) * ObservedGrowth);
        }

        _lastFree = freeDemand;
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
    /// free demand grown at ghat, over u*, less the fleet net of retirements and the weighted supply line.
    /// </summary>
    internal double Order(double contractedAhead, double freeDemand, double targetUtilisation, double capacity, double retiring, double onOrder)
    {
        // docs/model.md (6.19)
        TargetCapacity = (contractedAhead + (freeDemand * Math.Pow(1 + Math.Max(-0.5, PlannedGrowth), _supply.PlanningHorizon))) / targetUtilisation;
        // docs/model.md (6.20)
        return Math.Max(0, (TargetCapacity - capacity + retiring - (_supply.SupplyLineWeight * onOrder)) / _supply.AdjustmentTime);
    }

    /// <summary>
    /// The free demand at which <see cref="Order"/> returns <paramref name="order"/> (no contracts): used once, at tick 0,
    /// to solve a fleet's demand share (docs/model.md (7.12)).
    /// </summary>
    internal double FreeDemandFor(double order, double targetUtilisation, double capacity, double retiring, double onOrder)
    {
        var target = (order * _supply.AdjustmentTime) + capacity - retiring + (_supply.SupplyLineWeight * onOrder);
        return Math.Max(0, target * targetUtilisation / Math.Pow(1 + Math.Max(-0.5, PlannedGrowth), _supply.PlanningHorizon));
    }
}
