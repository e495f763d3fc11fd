using MarketSim.Market.Parameters;

namespace MarketSim.Market.Agents;

/// <summary>
/// A vendor's unshipped orders, in the order they were placed, and the rule that shares a month's supply among
/// the ones that are due (docs/model.md (7.3), (7.3a)).
/// </summary>
internal sealed class OrderBook
{
    private readonly List<ChipOrder> _orders = [];

    /// <summary>The orders not yet shipped, oldest placed first.</summary>
    public IReadOnlyList<ChipOrder> Orders => _orders;

    /// <summary>Units still to ship, thousand, including orders not yet due.</summary>
    public double Units => _orders.Sum(o => o.Units);

    /// <summary>Units due by <paramref name="tick"/> and not shipped, thousand.</summary>
    public double Overdue(int tick) => _orders.Where(o => o.Due <= tick).Sum(o => o.Units);

    /// <summary>Orders not shipped at the prices they were placed at, USD billion.</summary>
    public double Value => _orders.Sum(o => o.Units * o.Price);

    public void Add(ChipOrder order) => _orders.Add(order);

    public void Clear() => _orders.Clear();

    public void RemoveAll(Predicate<ChipOrder> match) => _orders.RemoveAll(match);

    /// <summary>
    /// Ships up to <paramref name="supply"/> thousand units of the orders due by <paramref name="tick"/>, those
    /// <paramref name="isPriority"/> marks first, by <paramref name="rule"/>; <paramref name="ship"/> delivers each part.
    /// Returns the units shipped.
    /// </summary>
    public double Ship(int tick, double supply, ShortageRule rule, Func<ChipOrder, bool> isPriority, Action<ChipOrder, double> ship)
    {
        var left = supply;
        var shipped = 0.0;
        void Part(ChipOrder order, double units)
        {
            shipped += units;
            ship(order, units);
        }

        for (var pass = 0; pass < 2 && left > 0; pass++)
        {
            var priority = pass == 0;
            bool IsDue(ChipOrder o) => o.Units > 0 && o.Due <= tick && isPriority(o) == priority;
            left = rule == ShortageRule.ProRata ? ShipProRata(left, IsDue, Part) : ShipFirstCome(left, IsDue, Part);
        }

        _orders.RemoveAll(o => o.Units <= 1e-12);
        return shipped;
    }

    // The v1 rule: orders in the order they were placed, each as far as supply goes.
    private double ShipFirstCome(double left, Func<ChipOrder, bool> due, Action<ChipOrder, double> ship)
    {
        for (var i = 0; i < _orders.Count && left > 0; i++)
        {
            if (due(_orders[i]))
            {
                var units = Math.Min(left, _orders[i].Units);
                left -= units;
                ShipPart(i, units, ship);
            }
        }

        return left;
    }

    // docs/model.md (7.3a): a month's supply runs out inside one due month's orders, and a vendor that allocates its
    // supply gives each of those orders the same share instead of serving the ones placed first whole; the rest waits,
    // ahead of later months. Under first come a monthly tick makes that all or nothing per buyer: a cloud whose order
    // came last in a sold-out month got no chips, the next month twice its line.
    private double ShipProRata(double left, Func<ChipOrder, bool> due, Action<ChipOrder, double> ship)
    {
        foreach (var month in _orders.Where(due).Select(o => o.Due).Distinct().Order().ToList())
        {
            var units = _orders.Where(o => o.Due == month && due(o)).Sum(o => o.Units);
            var share = Math.Min(1, left / units);
            for (var i = 0; i < _orders.Count; i++)
            {
                if (_orders[i].Due == month && due(_orders[i]))
                {
                    ShipPart(i, share < 1 ? _orders[i].Units * share : _orders[i].Units, ship);
                }
            }

            if (share < 1)
            {
                return 0;
            }

            left -= units;
        }

        return left;
    }

    private void ShipPart(int index, double units, Action<ChipOrder, double> ship)
    {
        var order = _orders[index];
        _orders[index] = order with { Units = order.Units - units };
        ship(order, units);
    }
}
