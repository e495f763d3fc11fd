using MarketSim.Market.Agents;

namespace MarketSim.Market;

/// <summary>
/// Solves the labs' brand constants so the logit reproduces the scenario's starting demand shares: the
/// contraction of Berry, Levinsohn and Pakes (1995), brand_j += ln(target_j / predicted_j), on the
/// tick-0 choice probabilities of new choosers (with <c>steady_start</c>, the adopters' steady shares, (3.7a)) weighted
/// by each cell's customers, adoption and demand.
/// </summary>
internal static class BrandCalibration
{
    private const int MaxIterations = 2000;
    private const double Tolerance = 1e-10;

    public static void Solve(MarketModel market, ChoiceInputs inputs, ChoiceTable table)
    {
        var labs = market.Labs.ToList();
        var target = labs.Select(l => l.Parameters.InitialShare ?? 0).ToArray();
        var segments = market.Parameters.Customers.Segments;
        var cells = market.Customers.CellCounts();
        var predicted = new double[labs.Count];
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            table.Update(inputs);
            // docs/model.md (3.7a): with steady_start the target is the adopters' steady shares, not new choices.
            var steady = market.Parameters.Customers.SteadyStart ? SteadyStartShares.Solve(table, inputs, segments) : null;
            Array.Clear(predicted);
            for (var s = 0; s < segments.Count; s++)
            {
                var seg = segments[s];
                for (var c = 0; c < inputs.Classes; c++)
                {
                    for (var h = 0; h < inputs.Homes; h++)
                    {
                        var weight = cells[s, c, h] * seg.InitialAdopted;
                        if (weight == 0)
                        {
                            continue;
                        }

                        for (var j = 0; j < labs.Count; j++)
                        {
                            var price = market.PriceFor(labs[j], h);
                            var share = steady?.Share(s, c, h, j) ?? table.Probability(s, c, h, -1, j);
                            predicted[j] += weight * share * Math.Pow(price / seg.ReferencePrice, -seg.Elasticity)
                                * (market.Parameters.Customers.TotalDemand * seg.DemandShare / Math.Max(1, market.Customers.SegmentSize(s)));
                        }
                    }
                }
            }

            var total = predicted.Sum();
            var worst = 0.0;
            for (var j = 0; j < labs.Count; j++)
            {
                if (target[j] <= 0 || predicted[j] <= 0)
                {
                    continue;
                }

                // docs/model.md (3.7)
                var step = Math.Log(target[j] / (predicted[j] / total));
                worst = Math.Max(worst, Math.Abs(step));
                inputs.Brand[j] += step;
            }

            if (worst < Tolerance)
            {
                break;
            }
        }

        for (var j = 0; j < labs.Count; j++)
        {
            labs[j].Brand = inputs.Brand[j];
        }
    }
}
