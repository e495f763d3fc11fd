namespace MarketSim.Market.Agents;

/// <summary>
/// Multinomial logit choice probabilities for every cell (segment, sensitivity class, home cloud,
/// current lab), as cumulative distributions: a customer's choice is then one uniform draw and a short
/// scan. Drawing from the logit probabilities is exactly equivalent to adding standard Gumbel noise to
/// each utility and taking the maximum (McFadden 1974), at a fraction of the cost.
/// </summary>
public sealed class ChoiceTable
{
    private double[] _cdf = [];
    private double[] _utility = [];
    private double[] _penalty = [];
    private int _labs;
    private int _classes;
    private int _homes;

    /// <summary>Recomputes every cell from <paramref name="inputs"/>.</summary>
    /// <remarks>
    /// exp(U_j) factors into exp(base_j) for the customer's (segment, class, home) times
    /// exp(-s switch_cj - exit_cjh) for its current lab, so each cell needs multiplications only: the
    /// exponentials are computed once per (segment, class, home) and once per (segment, home, current lab).
    /// </remarks>
    public void Update(ChoiceInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        _labs = inputs.Labs;
        _classes = inputs.Classes;
        _homes = inputs.Homes;
        var labs = _labs;
        var cells = inputs.Segments * inputs.Classes * inputs.Homes * (labs + 1);
        if (_cdf.Length != cells * labs)
        {
            _cdf = new double[cells * labs];
        }

        if (_utility.Length != labs)
        {
            _utility = new double[labs];
            _penalty = new double[(labs + 1) * labs];
        }

        for (var s = 0; s < inputs.Segments; s++)
        {
            for (var h = 0; h < inputs.Homes; h++)
            {
                FillPenalties(inputs, s, h);
                for (var c = 0; c < inputs.Classes; c++)
                {
                    var bq = inputs.QualityWeight[s] * inputs.QualityMultiplier[c];
                    var bp = inputs.PriceWeight[s] * inputs.PriceMultiplier[c];
                    FillBase(inputs, h, bq, bp);
                    for (var current = -1; current < labs; current++)
                    {
                        var cdf = _cdf.AsSpan(Cell(s, c, h, current) * labs, labs);
                        var penalty = _penalty.AsSpan((current + 1) * labs, labs);
                        var total = 0.0;
                        for (var j = 0; j < labs; j++)
                        {
                            cdf[j] = _utility[j] * penalty[j];
                            total += cdf[j];
                        }

                        var acc = 0.0;
                        for (var j = 0; j < labs; j++)
                        {
                            acc += cdf[j] / total;
                            cdf[j] = acc;
                        }
                    }
                }
            }
        }
    }

    /// <summary>The probability that a customer of the cell picks lab <paramref name="lab"/>.</summary>
    public double Probability(int segment, int sensitivityClass, int home, int current, int lab)
    {
        var offset = Cell(segment, sensitivityClass, home, current) * _labs;
        return _cdf[offset + lab] - (lab == 0 ? 0 : _cdf[offset + lab - 1]);
    }

    /// <summary>The lab chosen by a customer of the cell given a uniform draw <paramref name="u"/>.</summary>
    public int Choose(int segment, int sensitivityClass, int home, int current, double u)
    {
        var offset = Cell(segment, sensitivityClass, home, current) * _labs;
        var last = _labs - 1;
        for (var j = 0; j < last; j++)
        {
            if (u < _cdf[offset + j])
            {
                return j;
            }
        }

        // Rounding can leave the last cumulative value a hair under 1; the last live lab takes the rest.
        while (last > 0 && _cdf[offset + last] == _cdf[offset + last - 1])
        {
            last--;
        }

        return last;
    }

    private int Cell(int segment, int sensitivityClass, int home, int current) =>
        (((((segment * _classes) + sensitivityClass) * _homes) + home) * (_labs + 1)) + current + 1;

    // exp(U - max) of the part of utility that does not depend on the current lab; dead labs get 0.
    private void FillBase(ChoiceInputs inputs, int h, double bq, double bp)
    {
        var best = double.NegativeInfinity;
        for (var j = 0; j < _labs; j++)
        {
            if (!inputs.Alive[j])
            {
                _utility[j] = double.NegativeInfinity;
                continue;
            }

            // docs/model.md (3.1)
            _utility[j] = (bq * inputs.LnCapability[j]) - (bp * inputs.LnPrice[j, h]) + inputs.Brand[j] + inputs.Native[h, j];
            best = Math.Max(best, _utility[j]);
        }

        // The maximum is subtracted so large utilities cannot overflow exp.
        for (var j = 0; j < _labs; j++)
        {
            _utility[j] = double.IsNegativeInfinity(_utility[j]) ? 0 : Math.Exp(_utility[j] - best);
        }
    }

    // exp(-s switch_cj - exit_cjh) per current lab c (row 0: no current lab) and candidate j.
    private void FillPenalties(ChoiceInputs inputs, int s, int h)
    {
        Array.Fill(_penalty, 1.0, 0, _labs);
        for (var current = 0; current < _labs; current++)
        {
            for (var j = 0; j < _labs; j++)
            {
                _penalty[((current + 1) * _labs) + j] = j == current
                    ? 1
                    // docs/model.md (3.2)
                    : Math.Exp(-((inputs.SwitchingCost[s] * inputs.SwitchMultiplier[current, j]) + inputs.ExitLock[current, j, h]));
            }
        }
    }
}
