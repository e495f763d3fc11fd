using MarketSim.Market.Parameters;

namespace MarketSim.Market.Agents;

// Buying compute: requests per cloud (affinity shares, or v2 price-driven allocation above the
// take-or-pay minimums), what was served and what was paid (docs/model.md 3.3.5, 3.3.6).
public sealed partial class Lab
{
    /// <summary>
    /// Labs stage, first half: works out the inference and training compute to ask each cloud for; the
    /// compute exchange collects the requests (<see cref="TryGetRequest"/>).
    /// </summary>
    internal void PlaceOrders(double intensity, ReadOnlySpan<double> minimums = default)
    {
        Array.Clear(_inferenceRequest);
        Array.Clear(_trainingRequest);
        if (!Alive)
        {
            return;
        }

        // Training: tau * revenue + kappa * cash / 12, clamped to what the lab can pay (docs/model.md).
        var previousRevenue = RevenueHistory.Count > 0 ? RevenueHistory[^1] : 0;
        // docs/model.md (5.3)
        var budget = (Parameters.TrainingRevenueShare * previousRevenue) + (Parameters.TrainingCashShare * Math.Max(0, Cash) / 12);
        budget = Math.Min(budget, Math.Max(0, Cash));
        var inference = OpenWeights ? 0 : Demand * intensity;
        if (_market.Allocation is { } allocation)
        {
            PlaceAllocatedOrders(inference, budget, minimums, allocation);
            return;
        }

        for (var c = 0; c < _allocation.Length; c++)
        {
            if (_allocation[c] <= 0)
            {
                continue;
            }

            var cloud = _clouds[c];
            // docs/model.md (5.4), (5.5)
            _inferenceRequest[c] = inference * _allocation[c];
            _trainingRequest[c] = budget * _allocation[c] / cloud.Price;
        }
    }

    private void PlaceAllocatedOrders(double inference, double budget, ReadOnlySpan<double> minimums, AllocationParameters allocation)
    {
        var weights = 0.0;
        for (var c = 0; c < _allocation.Length; c++)
        {
            if (_allocation[c] > 0)
            {
                weights += _allocation[c] * _lastServedFraction[c] * Math.Pow(_clouds[c].Price, -allocation.PriceSensitivity);
            }
        }

        var price = 0.0;
        for (var c = 0; c < _allocation.Length; c++)
        {
            if (weights > 0)
            {
                var target = _allocation[c] > 0
                    ? _allocation[c] * _lastServedFraction[c] * Math.Pow(_clouds[c].Price, -allocation.PriceSensitivity) / weights
                    : 0;
                // docs/model.md (5.20), (5.21)
                _share[c] = ((1 - allocation.Adjustment) * _share[c]) + (allocation.Adjustment * target);
            }

            price += _share[c] * _clouds[c].Price;
        }

        // Q_j in CU: inference plus the training budget at the lab's average compute price.
        var training = price > 0 ? budget / price : 0;
        var total = inference + training;
        if (total <= 0)
        {
            return;
        }

        var committed = 0.0;
        for (var c = 0; c < _allocation.Length && c < minimums.Length; c++)
        {
            committed += minimums[c];
        }

        // docs/model.md (5.22): minimums first (scaled down when the lab needs less), the rest by a_jc.
        var scale = committed > total ? total / committed : 1;
        var free = Math.Max(0, total - committed);
        for (var c = 0; c < _allocation.Length; c++)
        {
            var minimum = c < minimums.Length ? minimums[c] * scale : 0;
            var request = minimum + (free * _share[c]);
            _inferenceRequest[c] = request * inference / total;
            _trainingRequest[c] = request * training / total;
        }
    }

    /// <summary>The compute this lab asks cloud <paramref name="cloud"/> for this tick, if it asks at all.</summary>
    internal bool TryGetRequest(int cloud, out double amount)
    {
        amount = _inferenceRequest[cloud] + _trainingRequest[cloud];
        return Alive && _allocation[cloud] > 0;
    }

    /// <summary>
    /// Cloud <paramref name="cloud"/> served <paramref name="servedFraction"/> of this lab's request at
    /// <paramref name="price"/>: records what was served and returns the bill and its inference part
    /// (the compute exchange moves the money).
    /// </summary>
    internal double ReceiveCompute(int cloud, double servedFraction, double price, out double inference)
    {
        var c = cloud;
        _servedFraction[c] = servedFraction;
        _inferenceServed[c] = _inferenceRequest[c] * servedFraction;
        _trainingServed[c] = _trainingRequest[c] * servedFraction;
        inference = _inferenceServed[c] * price;
        return inference + (_trainingServed[c] * price);
    }

    /// <summary>Records compute paid to a cloud (including take-or-pay shortfalls).</summary>
    internal void PaidCompute(double amount, double inferencePart)
    {
        ComputeSpend += amount;
        InferenceCost += inferencePart;
        Spend(amount);
    }
}
