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
    private int _labs;
    private int _classes;
    private int _homes;

    /// <summary>Recomputes every cell from <paramref name="inputs"/>.</summary>
    public void Update(ChoiceInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        _labs = inputs.Labs;
        _classes = inputs.Classes;
        _homes = inputs.Homes;
        var cells = inputs.Segments * inputs.Classes * inputs.Homes * (inputs.Labs + 1);
        if (_cdf.Length != cells * _labs)
        {
            _cdf = new double[cells * _labs];
        }

        if (_utility.Length != _labs)
        {
            _utility = new double[_labs];
        }

        for (var s = 0; s < inputs.Segments; s++)
        {
            for (var c = 0; c < inputs.Classes; c++)
            {
                var bq = inputs.QualityWeight[s] * inputs.QualityMultiplier[c];
                var bp = inputs.PriceWeight[s] * inputs.PriceMultiplier[c];
                for (var h = 0; h < inputs.Homes; h++)
                {
                    for (var current = -1; current < _labs; current++)
                    {
                        Fill(inputs, s, h, current, bq, bp, _cdf.AsSpan(Cell(s, c, h, current) * _labs, _labs));
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

    private void Fill(ChoiceInputs inputs, int s, int h, int current, double bq, double bp, Span<double> cdf)
    {
        var best = double.NegativeInfinity;
        for (var j = 0; j < _labs; j++)
        {
            if (!inputs.Alive[j])
            {
                _utility[j] = double.NegativeInfinity;
                continue;
            }

            var u = (bq * inputs.LnCapability[j]) - (bp * inputs.LnPrice[j, h]) + inputs.Brand[j] + inputs.Native[h, j];
            if (current >= 0 && j != current)
            {
                u -= (inputs.SwitchingCost[s] * inputs.SwitchMultiplier[current, j]) + inputs.ExitLock[current, h];
            }

            _utility[j] = u;
            best = Math.Max(best, u);
        }

        // Softmax with the maximum subtracted, so large utilities cannot overflow exp.
        var total = 0.0;
        for (var j = 0; j < _labs; j++)
        {
            var w = double.IsNegativeInfinity(_utility[j]) ? 0 : Math.Exp(_utility[j] - best);
            cdf[j] = w;
            total += w;
        }

        var acc = 0.0;
        for (var j = 0; j < _labs; j++)
        {
            acc += cdf[j] / total;
            cdf[j] = acc;
        }
    }
}
