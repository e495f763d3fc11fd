using MarketSim.Engine;
using MathNet.Numerics.Distributions;

namespace MarketSim.Market;

/// <summary>
/// Product-appeal shocks xi_j(t) (docs/model.md (3.1a)): a mean-reverting AR(1) per lab in logit utility, the
/// part of a lab's pull on customers that neither capability nor price carries (a lead in one use, a product
/// launch, a reputation hit). Zero at tick 0, so the brand constants (3.7) still reproduce the starting shares;
/// drawn from a stream of its own, so switching it on moves no other draw.
/// </summary>
internal sealed class LabAppeal
{
    private readonly double _persistence;
    private readonly double _volatility;
    private readonly RandomStream _random;
    private double[] _shock = [];
    private int _tick;

    /// <param name="volatility">sigma_xi: monthly standard deviation of the shock.</param>
    /// <param name="halfLife">Months for a shock to halve; rho = 2^(-1/halfLife).</param>
    /// <param name="random">The <c>appeal</c> stream.</param>
    public LabAppeal(double volatility, double halfLife, RandomStream random)
    {
        _volatility = volatility;
        _persistence = Math.Pow(0.5, 1.0 / halfLife);
        _random = random;
    }

    /// <summary>xi_j now (0 for a lab that has not yet drawn one).</summary>
    public double this[int lab] => lab < _shock.Length ? _shock[lab] : 0;

    /// <summary>Moves every listed lab's shock on to <paramref name="tick"/>, once per tick; an entrant's starts from 0.</summary>
    public void Advance(int tick, int labs)
    {
        if (tick <= _tick)
        {
            return;
        }

        if (_shock.Length < labs)
        {
            Array.Resize(ref _shock, labs);
        }

        for (; _tick < tick; _tick++)
        {
            for (var j = 0; j < labs; j++)
            {
                // docs/model.md (3.1a): dead labs draw too, so a default shifts no living lab's shocks.
                _shock[j] = (_persistence * _shock[j]) + (_volatility * Normal.Sample(_random, 0, 1));
            }
        }
    }
}
