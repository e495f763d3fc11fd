using MarketSim.Engine;
using MarketSim.Market.Parameters;

namespace MarketSim.Market.Agents;

/// <summary>
/// The customer agents, kept as flat arrays (struct-of-arrays) because the per-customer loop is the hot
/// path: segment, sensitivity class, home cloud and current lab (-1 before adoption) per customer.
/// </summary>
/// <remarks>
/// Customers within the stage do not interact (adoption uses the adopted count at the start of the
/// tick and choice uses the logit table computed before the stage), so the stage runs them in index order,
/// which keeps the loop cache-friendly without changing any distribution.
/// </remarks>
public sealed class CustomerPopulation
{
    private readonly byte[] _segment;
    private readonly byte[] _class;
    private readonly byte[] _home;
    private readonly sbyte[] _lab;
    private readonly int[] _segmentSize;
    private readonly int[] _adoptedBySegment;
    private readonly int _homes;
    private int[] _counts;
    private int[] _switchFlows;
    private int _labs;

    /// <summary>Creates the population and assigns segments, sensitivity classes and home clouds.</summary>
    public CustomerPopulation(CustomerParameters parameters, IReadOnlyList<string> cloudIds, int labCount, RandomStream random)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(cloudIds);
        ArgumentNullException.ThrowIfNull(random);
        var n = parameters.Count;
        Count = n;
        Segments = parameters.Segments.Count;
        Classes = parameters.SensitivityClasses * parameters.SensitivityClasses;
        _homes = cloudIds.Count;
        _labs = labCount;
        _segment = new byte[n];
        _class = new byte[n];
        _home = new byte[n];
        _lab = new sbyte[n];
        _segmentSize = new int[Segments];
        _adoptedBySegment = new int[Segments];
        _counts = new int[Segments * labCount * _homes];
        _switchFlows = new int[labCount * labCount];

        // Segment sizes by largest remainder, so they are exact and independent of the draws.
        var sizes = LargestRemainder(parameters.Segments.Select(s => s.CustomerShare).ToArray(), n);
        var homeShares = cloudIds.Select(id => parameters.HomeClouds.TryGetValue(id, out var share) ? share : 0).ToArray();
        var homeCdf = Cumulative(homeShares);
        var i = 0;
        for (var s = 0; s < Segments; s++)
        {
            _segmentSize[s] = sizes[s];
            for (var k = 0; k < sizes[s]; k++, i++)
            {
                _segment[i] = (byte)s;
                _class[i] = (byte)random.NextIndex(Classes);
                _home[i] = (byte)Draw(homeCdf, random.NextUnit());
                _lab[i] = -1;
            }
        }
    }

    /// <summary>Number of customers.</summary>
    public int Count { get; }

    /// <summary>Number of segments.</summary>
    public int Segments { get; }

    /// <summary>Number of sensitivity classes (quality classes times price classes).</summary>
    public int Classes { get; }

    /// <summary>Customers that adopted during the last step.</summary>
    public int NewAdopters { get; private set; }

    /// <summary>Adopters that changed lab by choice during the last step (not counting forced moves).</summary>
    public int Switches { get; private set; }

    /// <summary>Adopters that moved from lab <paramref name="from"/> to lab <paramref name="to"/> by choice during the last step.</summary>
    public int SwitchesBetween(int from, int to) => _switchFlows[(from * _labs) + to];

    /// <summary>Adopters whose review happened during the last step.</summary>
    public int Reviews { get; private set; }

    /// <summary>Number of labs customers can choose from.</summary>
    public int CountLabs => _labs;

    /// <summary>Adopters in all segments.</summary>
    public int Adopted
    {
        get
        {
            var total = 0;
            foreach (var a in _adoptedBySegment)
            {
                total += a;
            }

            return total;
        }
    }

    /// <summary>Customers in segment <paramref name="segment"/>.</summary>
    public int SegmentSize(int segment) => _segmentSize[segment];

    /// <summary>Adopters in segment <paramref name="segment"/>.</summary>
    public int AdoptedIn(int segment) => _adoptedBySegment[segment];

    /// <summary>Adopters of segment s using lab j with home cloud h, after the last step.</summary>
    public int CountOf(int segment, int lab, int home) => _counts[((segment * _labs) + lab) * _homes + home];

    /// <summary>Makes room for a lab that entered the market.</summary>
    public void AddLab()
    {
        _labs++;
        _counts = new int[Segments * _labs * _homes];
        _switchFlows = new int[_labs * _labs];
    }

    /// <summary>Marks the initial adopters of each segment and gives them a lab from the choice table.</summary>
    /// <param name="initialAdopted">Per segment: the share adopted at tick 0.</param>
    /// <param name="choices">The tick-0 logit table.</param>
    /// <param name="random">The customers' stream.</param>
    /// <param name="initialChoice">
    /// When given, the lab of an adopter of cell (segment, class, home) from a uniform draw, in place of the new
    /// choosers' logit (docs/model.md (3.7a)); it takes the same draw, so the stream stays aligned.
    /// </param>
    public void AdoptInitial(IReadOnlyList<double> initialAdopted, ChoiceTable choices, RandomStream random, Func<int, int, int, double, int>? initialChoice = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        for (var i = 0; i < Count; i++)
        {
            var s = _segment[i];
            if (random.NextUnit() < initialAdopted[s])
            {
                var u = random.NextUnit();
                _lab[i] = (sbyte)(initialChoice is null ? choices.Choose(s, _class[i], _home[i], -1, u) : initialChoice(s, _class[i], _home[i], u));
                _adoptedBySegment[s]++;
            }
        }

        Recount();
    }

    /// <summary>
    /// One tick of the customer stage: adoption (Bass), review and choice of lab (logit), in index order.
    /// </summary>
    /// <param name="adoptionProbability">Per segment: probability that a non-adopter adopts this tick.</param>
    /// <param name="reviewProbability">Per segment: probability that an adopter reviews its lab.</param>
    /// <param name="alive">Per lab: whether it still sells.</param>
    /// <param name="choices">The logit table for this tick.</param>
    /// <param name="random">The customers' stream.</param>
    public void Step(ReadOnlySpan<double> adoptionProbability, ReadOnlySpan<double> reviewProbability, ReadOnlySpan<bool> alive, ChoiceTable choices, RandomStream random)
    {
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(random);
        Array.Clear(_counts);
        Array.Clear(_switchFlows);
        var newAdopters = 0;
        var switches = 0;
        var reviews = 0;
        var labs = _labs;
        var homes = _homes;
        var counts = _counts;
        var segment = _segment;
        var cls = _class;
        var home = _home;
        var lab = _lab;
        for (var i = 0; i < lab.Length; i++)
        {
            int s = segment[i];
            int current = lab[i];
            int chosen;
            if (current < 0)
            {
                if (random.NextUnit() >= adoptionProbability[s])
                {
                    continue;
                }

                chosen = choices.Choose(s, cls[i], home[i], -1, random.NextUnit());
                _adoptedBySegment[s]++;
                newAdopters++;
            }
            else if (!alive[current])
            {
                // Its lab failed: it must re-choose, with no switching cost from a lab that no longer exists.
                chosen = choices.Choose(s, cls[i], home[i], -1, random.NextUnit());
            }
            else if (random.NextUnit() < reviewProbability[s])
            {
                reviews++;
                chosen = choices.Choose(s, cls[i], home[i], current, random.NextUnit());
                if (chosen != current)
                {
                    switches++;
                    _switchFlows[(current * labs) + chosen]++;
                }
            }
            else
            {
                chosen = current;
            }

            lab[i] = (sbyte)chosen;
            counts[(((s * labs) + chosen) * homes) + home[i]]++;
        }

        NewAdopters = newAdopters;
        Switches = switches;
        Reviews = reviews;
    }

    /// <summary>Customers per (segment, sensitivity class, home cloud).</summary>
    public int[,,] CellCounts()
    {
        var counts = new int[Segments, Classes, _homes];
        for (var i = 0; i < Count; i++)
        {
            counts[_segment[i], _class[i], _home[i]]++;
        }

        return counts;
    }

    /// <summary>
    /// Customers homed on a defaulted cloud redraw a home from <paramref name="liveShares"/> (the scenario's
    /// home_clouds over live clouds; evenly over the other clouds when those are all zero), keeping their lab.
    /// </summary>
    public void Rehome(int deadCloud, IReadOnlyList<double> liveShares, RandomStream random)
    {
        ArgumentNullException.ThrowIfNull(liveShares);
        ArgumentNullException.ThrowIfNull(random);
        var shares = liveShares.Sum() > 0 ? liveShares.ToArray() : liveShares.Select((_, h) => h == deadCloud ? 0.0 : 1.0).ToArray();
        if (shares.Sum() <= 0)
        {
            return;
        }

        var cdf = Cumulative(shares);
        for (var i = 0; i < Count; i++)
        {
            if (_home[i] == deadCloud)
            {
                _home[i] = (byte)Draw(cdf, random.NextUnit());
            }
        }

        Recount();
    }

    /// <summary>Shares of customers per home cloud, for tests.</summary>
    public double HomeShare(int home)
    {
        var n = 0;
        foreach (var h in _home)
        {
            if (h == home)
            {
                n++;
            }
        }

        return (double)n / Count;
    }

    private static int[] LargestRemainder(double[] shares, int total)
    {
        var sum = shares.Sum();
        var exact = shares.Select(s => s / sum * total).ToArray();
        var sizes = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var left = total - sizes.Sum();
        var order = Enumerable.Range(0, shares.Length).OrderByDescending(k => exact[k] - sizes[k]).ThenBy(k => k).ToArray();
        for (var k = 0; k < left; k++)
        {
            sizes[order[k]]++;
        }

        return sizes;
    }

    private static double[] Cumulative(double[] weights)
    {
        var sum = weights.Sum();
        var cdf = new double[weights.Length];
        var acc = 0.0;
        for (var k = 0; k < weights.Length; k++)
        {
            acc += weights[k] / sum;
            cdf[k] = acc;
        }

        cdf[^1] = 1.0;
        return cdf;
    }

    private static int Draw(double[] cdf, double u)
    {
        for (var k = 0; k < cdf.Length; k++)
        {
            if (u < cdf[k])
            {
                return k;
            }
        }

        return cdf.Length - 1;
    }

    private void Recount()
    {
        Array.Clear(_counts);
        for (var i = 0; i < Count; i++)
        {
            if (_lab[i] >= 0)
            {
                _counts[(((_segment[i] * _labs) + _lab[i]) * _homes) + _home[i]]++;
            }
        }
    }
}
