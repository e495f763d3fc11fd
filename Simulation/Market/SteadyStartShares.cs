using MarketSim.Market.Agents;
using MarketSim.Market.Parameters;
using MathNet.Numerics.LinearAlgebra;

namespace MarketSim.Market;

/// <summary>
/// The tick-0 lab shares of each cell (segment, sensitivity class, home cloud) that one month of reviews and
/// adoptions at tick-0 rates leaves unchanged (docs/model.md (3.7a)). With switching costs a reviewing customer
/// stays with its lab more often than a new chooser picks it, so the new choosers' logit shares are not a steady
/// state: a stock started at them drifts toward the leader with nothing changing.
/// </summary>
/// <remarks>
/// Per cell, with q the new choosers' probabilities, P the reviewers' (row: current lab), r the review probability
/// and nu the month's new adopters per adopter, the shares solve pi = ((1 - r) pi + r pi P + nu q) / (1 + nu), i.e.
/// ((nu + r) I - r P^T) pi = nu q; with no new adopters pi is P's stationary distribution, with no reviews it is q.
/// </remarks>
internal sealed class SteadyStartShares
{
    private readonly double[] _shares;
    private readonly int _labs;
    private readonly int _classes;
    private readonly int _homes;

    private SteadyStartShares(double[] shares, int labs, int classes, int homes)
    {
        _shares = shares;
        _labs = labs;
        _classes = classes;
        _homes = homes;
    }

    /// <summary>Solves every cell from the current <paramref name="table"/>.</summary>
    public static SteadyStartShares Solve(ChoiceTable table, ChoiceInputs inputs, IReadOnlyList<SegmentParameters> segments)
    {
        var labs = inputs.Labs;
        var shares = new double[segments.Count * inputs.Classes * inputs.Homes * labs];
        var system = Matrix<double>.Build.Dense(labs, labs);
        var rhs = Vector<double>.Build.Dense(labs);
        for (var s = 0; s < segments.Count; s++)
        {
            var seg = segments[s];
            var review = seg.ReviewProbability;
            var inflow = Inflow(seg);
            for (var c = 0; c < inputs.Classes; c++)
            {
                for (var h = 0; h < inputs.Homes; h++)
                {
                    var offset = Offset(s, c, h, inputs.Classes, inputs.Homes, labs);
                    SolveCell(table, s, c, h, labs, review, inflow, system, rhs, shares.AsSpan(offset, labs));
                }
            }
        }

        return new SteadyStartShares(shares, labs, inputs.Classes, inputs.Homes);
    }

    /// <summary>The steady share of lab <paramref name="lab"/> in the cell.</summary>
    public double Share(int segment, int sensitivityClass, int home, int lab) => _shares[Offset(segment, sensitivityClass, home, _classes, _homes, _labs) + lab];

    /// <summary>The lab a tick-0 adopter of the cell holds, given a uniform draw <paramref name="u"/>.</summary>
    public int Choose(int segment, int sensitivityClass, int home, double u)
    {
        var offset = Offset(segment, sensitivityClass, home, _classes, _homes, _labs);
        var cumulative = 0.0;
        for (var j = 0; j < _labs - 1; j++)
        {
            cumulative += _shares[offset + j];
            if (u < cumulative)
            {
                return j;
            }
        }

        return _labs - 1;
    }

    /// <summary>nu: the month's new adopters per adopter at tick 0, the Bass hazard on the non-adopters over the adopters.</summary>
    private static double Inflow(SegmentParameters seg)
    {
        var adopted = seg.InitialAdopted;
        return adopted <= 0 ? 0 : BassHazard.OneMonth(seg.P, seg.Q, adopted) * (1 - adopted) / adopted;
    }

    private static void SolveCell(ChoiceTable table, int s, int c, int h, int labs, double review, double inflow, Matrix<double> system, Vector<double> rhs, Span<double> into)
    {
        if (review <= 0 || labs == 1)
        {
            for (var j = 0; j < labs; j++)
            {
                into[j] = table.Probability(s, c, h, -1, j);
            }

            return;
        }

        // Row j of ((nu + r) I - r P^T): the flows into lab j.
        for (var j = 0; j < labs; j++)
        {
            for (var k = 0; k < labs; k++)
            {
                system[j, k] = (j == k ? inflow + review : 0) - (review * table.Probability(s, c, h, k, j));
            }

            rhs[j] = inflow * table.Probability(s, c, h, -1, j);
        }

        if (inflow <= 0)
        {
            // No new adopters: P's stationary distribution, the last balance equation replaced by the shares summing to 1.
            for (var k = 0; k < labs; k++)
            {
                system[labs - 1, k] = 1;
                rhs[k] = k == labs - 1 ? 1 : 0;
            }
        }

        var pi = system.Solve(rhs);
        var total = 0.0;
        for (var j = 0; j < labs; j++)
        {
            into[j] = Math.Max(0, pi[j]);
            total += into[j];
        }

        for (var j = 0; j < labs; j++)
        {
            into[j] /= total;
        }
    }

    private static int Offset(int segment, int sensitivityClass, int home, int classes, int homes, int labs) =>
        ((((segment * classes) + sensitivityClass) * homes) + home) * labs;
}
