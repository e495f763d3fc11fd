using MarketSim.Engine;
using MarketSim.Market.Parameters;
using MathNet.Numerics.Distributions;

namespace MarketSim.Market;

/// <summary>
/// Market sentiment S and the adaptive expected growth (docs/model.md 3.3.10), updated once at the end
/// of a tick from end-customer spend (demanded for the growth term, served for the revenue-to-capex ratio)
/// and AI capex; funding-freeze shocks push ln S down at the next update.
/// </summary>
public sealed class SentimentModel
{
    // Bounds of the sentiment recursion (docs/model.md 3.3.10): monthly spend growth read at most 1,000
    // (100,000%), ln S within +-20. Found by fuzzing extreme but valid inputs.
    private const double MaxGrowth = 1e3;
    private const double MaxLogSentiment = 20;

    private readonly SentimentParameters _p;
    private double _revenueToCapexTarget = double.NaN;
    private double _previousRead;
    private double _freezeShock;
    private double _expectedGrowth = double.NaN;
    private double _smoothedSpend = double.NaN;
    private double _smoothedCapex = double.NaN;

    internal SentimentModel(SentimentParameters parameters)
    {
        _p = parameters;
        Value = parameters.Initial;
    }

    /// <summary>Sentiment S (1 = neutral).</summary>
    public double Value { get; private set; }

    /// <summary>The market's expected monthly growth of end-customer spend (adaptive; starts at the scenario's).</summary>
    public double ExpectedGrowth => double.IsNaN(_expectedGrowth) ? _p.ExpectedGrowth : _expectedGrowth;

    /// <summary>Pushes ln S down by <paramref name="shock"/> at the next update.</summary>
    internal void AddShock(double shock) => _freezeShock += shock;

    /// <summary>
    /// The sentiment stage: S from this tick's served end-customer <paramref name="spend"/>, the spend customers
    /// <paramref name="demanded"/> and AI <paramref name="capex"/>.
    /// </summary>
    internal void Update(double spend, double demanded, double capex, RandomStream random)
    {
        var p = _p;

        // Revenue and capex are smoothed at the rate sentiment forgets (1 - rho): capex arrives in lumps,
        // and a month without deliveries must not read as an infinite revenue-to-capex ratio.
        var w = 1 - p.Persistence;
        _smoothedSpend = double.IsNaN(_smoothedSpend) ? spend : (w * spend) + ((1 - w) * _smoothedSpend);
        _smoothedCapex = double.IsNaN(_smoothedCapex) ? capex : (w * capex) + ((1 - w) * _smoothedCapex);
        // docs/model.md (10.2)
        var ratio = _smoothedCapex > 0 ? _smoothedSpend / _smoothedCapex : double.NaN;
        if (double.IsNaN(_revenueToCapexTarget) && !double.IsNaN(ratio) && ratio > 0)
        {
            _revenueToCapexTarget = ratio;
        }

        if (double.IsNaN(_expectedGrowth))
        {
            _expectedGrowth = p.ExpectedGrowth;
        }

        // docs/model.md (10.1), (10.1a): with growth_reads_demand, growth of what customers ask for, not of what the
        // clouds could serve, so a shortage and the recovery from it are not read as news about growth.
        // Bounded so a market that starts from almost nothing (a reference price of 1e-14) cannot send
        // sentiment, and with it every valuation, to infinity; no calibrated market comes near either bound.
        var read = p.GrowthReadsDemand ? demanded : spend;
        var growth = Math.Min(MaxGrowth, _previousRead > 0 ? (read / _previousRead) - 1 : _expectedGrowth);
        var ratioTerm = ratio > 0 && _revenueToCapexTarget > 0 ? Math.Log(ratio / _revenueToCapexTarget) : 0;
        var noise = p.Noise > 0 ? Normal.Sample(random, 0, p.Noise) : 0;

        // ln S <- rho ln S + k_g (growth - expected) + k_r ln(ratio / target) + shocks.
        // docs/model.md (10.3)
        var lnS = (p.Persistence * Math.Log(Value)) + (p.GrowthWeight * (growth - _expectedGrowth)) + (p.RatioWeight * ratioTerm) + noise - _freezeShock;
        Value = Math.Exp(Math.Clamp(lnS, -MaxLogSentiment, MaxLogSentiment));

        // Expectations adapt to realised growth at the rate sentiment forgets (1 - rho), so a maturing
        // market is not read as a permanent disappointment.
        // docs/model.md (10.4)
        _expectedGrowth = (p.Persistence * _expectedGrowth) + ((1 - p.Persistence) * growth);
        _freezeShock = 0;
        _previousRead = read;
    }
}
