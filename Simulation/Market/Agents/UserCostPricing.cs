using MarketSim.Market.Parameters;

namespace MarketSim.Market.Agents;

/// <summary>
/// A cloud's user-cost price (docs/model.md (6.13)-(6.16)): the rental price of a new CU (its all-in cost times the
/// required return plus depreciation, plus cash operating cost), marked up by mu_c and a utilisation term, over
/// target utilisation; the price closes kappa_p of its gap each month and never falls below cash operating cost.
/// mu_c is solved at tick 0 so the target equals the observed price at target utilisation.
/// </summary>
public sealed class UserCostPricing
{
    private readonly SupplyParameters _supply;
    private readonly double[] _utilisation;
    private int _observed;
    private double _markupCut;
    private int _cutUntil = -1;

    internal UserCostPricing(SupplyParameters supply)
    {
        _supply = supply;
        _utilisation = new double[Math.Max(1, supply.UtilisationWindow)];
    }

    /// <summary>mu_c, solved at the first update.</summary>
    public double Markup { get; private set; } = double.NaN;

    /// <summary>UC_c of the last update, USD billion per million CU-month.</summary>
    public double UserCost { get; private set; }

    /// <summary>p*_c of the last update.</summary>
    public double TargetPrice { get; private set; }

    /// <summary>ubar_c of the last update.</summary>
    public double AverageUtilisation { get; private set; }

    /// <summary>A price war cuts (1 + mu_c) by <paramref name="cut"/> until tick <paramref name="until"/> (exclusive).</summary>
    internal void CutMarkup(double cut, int until)
    {
        _markupCut = cut;
        _cutUntil = until;
    }

    /// <summary>UC_c for a new CU costing <paramref name="newCapacityCost"/> all in.</summary>
    // docs/model.md (6.14)
    internal double UserCostOf(double newCapacityCost, CloudParameters cloud) =>
        (newCapacityCost * (((_supply.RiskFreeRate + _supply.EquityRiskPremium) / 12) + (1.0 / cloud.Life))) + cloud.OperatingCostPerCU;

    /// <summary>The new price, from last month's <paramref name="price"/> (6.13-6.16).</summary>
    internal double Update(int tick, double price, double utilisation, double newCapacityCost, CloudParameters cloud)
    {
        _utilisation[_observed % _utilisation.Length] = utilisation;
        _observed++;
        var n = Math.Min(_observed, _utilisation.Length);
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            sum += _utilisation[i];
        }

        AverageUtilisation = sum / n;
        UserCost = UserCostOf(newCapacityCost, cloud);
        var uStar = cloud.TargetUtilisation;
        if (double.IsNaN(Markup))
        {
            // docs/model.md (6.16)
            Markup = (price * uStar / UserCost) - 1;
        }

        var markup = 1 + Markup + (_supply.UtilisationResponse * (AverageUtilisation - uStar));
        if (tick < _cutUntil)
        {
            markup *= 1 - _markupCut;
        }

        // docs/model.md (6.15)
        TargetPrice = Math.Max(0, markup) * UserCost / uStar;
        return Math.Max(cloud.OperatingCostPerCU, price + (_supply.PriceAdjustmentRate * (TargetPrice - price)));
    }
}
