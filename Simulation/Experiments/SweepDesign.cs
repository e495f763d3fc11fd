using MathNet.Numerics.Random;

namespace MarketSim.Experiments;

/// <summary>
/// An ordered, deterministic list of design points: point i is a double[] with one value per
/// parameter of <see cref="Space"/>, in column order. Sobol and Morris designs also carry the
/// layout their estimators need. Every random draw comes from the generator the caller passes,
/// so the same seed gives the same design.
/// </summary>
public sealed record SweepDesign
{
    /// <summary>Largest design the factories build (a guard against a mistyped grid).</summary>
    public const int MaxPoints = 10_000_000;

    private readonly double[][] _points;

    private SweepDesign(SweepDesignKind kind, ParameterSpace space, double[][] points,
        SaltelliLayout? saltelli = null, MorrisLayout? morris = null)
    {
        Kind = kind;
        Space = space;
        _points = points;
        SaltelliLayout = saltelli;
        MorrisLayout = morris;
    }

    /// <summary>The scheme that built this design.</summary>
    public SweepDesignKind Kind { get; }

    /// <summary>The parameters, in column order.</summary>
    public ParameterSpace Space { get; }

    /// <summary>Parameter values per point, in run order.</summary>
    public IReadOnlyList<double[]> Points => _points;

    /// <summary>Number of points (runs before replication).</summary>
    public int Count => _points.Length;

    /// <summary>Row layout of a Sobol (Saltelli) design; null otherwise.</summary>
    public SaltelliLayout? SaltelliLayout { get; }

    /// <summary>Row layout of a Morris design; null otherwise.</summary>
    public MorrisLayout? MorrisLayout { get; }

    /// <summary>
    /// Full factorial. A discrete parameter contributes all its values; a range contributes
    /// <paramref name="levels"/> evenly spaced levels (see <see cref="ParameterDistribution.GridLevels"/>).
    /// Order is row-major: the last parameter varies fastest, as in Python's itertools.product.
    /// </summary>
    public static SweepDesign Grid(ParameterSpace space, int levels)
    {
        ArgumentNullException.ThrowIfNull(space);
        if (levels < 1)
            throw new ArgumentException($"A grid needs at least one level per range, got {levels}.", nameof(levels));
        var axes = space.Parameters.Select(p => p.Distribution.GridLevels(levels)).ToArray();
        long count = 1;
        foreach (var axis in axes)
        {
            count *= axis.Count;
            if (count > MaxPoints)
                throw new ArgumentException($"The grid has more than {MaxPoints} points; use fewer levels or lhs.", nameof(levels));
        }

        var k = axes.Length;
        var points = new double[count][];
        var digits = new int[k];
        for (var n = 0; n < count; n++)
        {
            var point = new double[k];
            for (var j = 0; j < k; j++)
                point[j] = axes[j][digits[j]];
            points[n] = point;

            // Odometer increment, last column fastest.
            for (var j = k - 1; j >= 0; j--)
            {
                if (++digits[j] < axes[j].Count)
                    break;
                digits[j] = 0;
            }
        }

        return new SweepDesign(SweepDesignKind.Grid, space, points);
    }

    /// <summary>
    /// Latin hypercube: each of the n equal strata of each unit axis holds exactly one point,
    /// at a uniform position inside its stratum (McKay, Beckman and Conover 1979), mapped
    /// through each parameter's inverse CDF. Draws, per dimension in order: a Fisher-Yates
    /// permutation of the strata, then one uniform per point.
    /// </summary>
    public static SweepDesign LatinHypercube(ParameterSpace space, int samples, RandomSource random)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(random);
        RequireCount(samples, 1, nameof(samples));
        var k = space.Count;
        var unit = new double[samples][];
        for (var i = 0; i < samples; i++)
            unit[i] = new double[k];
        var strata = new int[samples];
        for (var j = 0; j < k; j++)
        {
            for (var i = 0; i < samples; i++)
                strata[i] = i;
            for (var i = samples - 1; i > 0; i--)
            {
                var swap = random.Next(i + 1);
                (strata[i], strata[swap]) = (strata[swap], strata[i]);
            }

            for (var i = 0; i < samples; i++)
            {
                // Guard the rounding of (n - 1 + U)/n up to exactly 1 for U just below 1.
                var u = (strata[i] + random.NextDouble()) / samples;
                unit[i][j] = Math.Min(u, Math.BitDecrement(1.0));
            }
        }

        return new SweepDesign(SweepDesignKind.LatinHypercube, space, unit.Select(u => space.FromUnit(u)).ToArray());
    }

    /// <summary>
    /// Saltelli (2010) design for first-order and total Sobol indices: N base samples give
    /// N (k + 2) points laid out as in <see cref="SaltelliLayout"/>. A and B are the first and
    /// last k coordinates of the first N points of a scrambled Sobol sequence of dimension 2k
    /// (<see cref="SobolSequence.Scrambled"/>; k is at most 20). Powers of two for N keep the
    /// sequence balanced.
    /// </summary>
    public static SweepDesign Sobol(ParameterSpace space, int baseSamples, RandomSource random)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(random);
        RequireCount(baseSamples, 2, nameof(baseSamples));
        var k = space.Count;
        if (2 * k > SobolSequence.MaxDimensions)
            throw new ArgumentException($"A Sobol design supports at most {SobolSequence.MaxDimensions / 2} parameters, got {k}.", nameof(space));
        if ((long)baseSamples * (k + 2) > MaxPoints)
            throw new ArgumentException($"The design has more than {MaxPoints} points.", nameof(baseSamples));
        var sequence = SobolSequence.Scrambled(2 * k, random);
        var layout = new SaltelliLayout(baseSamples, k);
        var points = new double[baseSamples * layout.BlockSize][];
        var row = new double[2 * k];
        for (var j = 0; j < baseSamples; j++)
        {
            sequence.Point(j, row);
            var a = row.AsSpan(0, k);
            var b = row.AsSpan(k, k);
            points[layout.IndexA(j)] = space.FromUnit(a);
            points[layout.IndexB(j)] = space.FromUnit(b);
            var ab = new double[k];
            for (var i = 0; i < k; i++)
            {
                a.CopyTo(ab);
                ab[i] = b[i];
                points[layout.IndexAB(j, i)] = space.FromUnit(ab);
            }
        }

        return new SweepDesign(SweepDesignKind.Sobol, space, points, saltelli: layout);
    }

    /// <summary>
    /// Morris (1991) design: r trajectories of k + 1 points on a p-level grid {0, 1/(p-1), .., 1}
    /// with jump Delta = p / (2 (p - 1)) (Campolongo, Cariboni and Saltelli 2007), p even.
    /// Each trajectory starts from a random base point, and moves one parameter at a time, in a
    /// random order and random direction, by Delta (the B* construction of Morris 1991). Every
    /// parameter needs a bounded support because effects are scaled by its range. Draws, per
    /// trajectory: base level per parameter, direction per parameter, then a Fisher-Yates order.
    /// </summary>
    public static SweepDesign Morris(ParameterSpace space, int trajectories, int levels, RandomSource random)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(random);
        RequireCount(trajectories, 1, nameof(trajectories));
        if (levels < 2 || levels % 2 != 0)
            throw new ArgumentException($"Morris needs an even number of levels >= 2, got {levels}.", nameof(levels));
        foreach (var p in space.Parameters)
        {
            if (!p.Distribution.IsBounded)
                throw new ArgumentException($"Morris needs a bounded range for '{p.Path}'; give {p.Distribution} truncation bounds.", nameof(space));
        }

        var k = space.Count;
        if ((long)trajectories * (k + 1) > MaxPoints)
            throw new ArgumentException($"The design has more than {MaxPoints} points.", nameof(trajectories));

        // Work in integer level indices so that Delta = p/(2(p-1)) is exactly p/2 grid steps.
        var jump = levels / 2;
        var points = new double[trajectories * (k + 1)][];
        var changed = new IReadOnlyList<int>[trajectories];
        var level = new int[k];
        var direction = new int[k];
        var unit = new double[k];
        for (var t = 0; t < trajectories; t++)
        {
            for (var i = 0; i < k; i++)
                level[i] = random.Next(levels - jump);
            for (var i = 0; i < k; i++)
                direction[i] = random.Next(2) == 0 ? 1 : -1;
            var order = new int[k];
            for (var i = 0; i < k; i++)
                order[i] = i;
            for (var i = k - 1; i > 0; i--)
            {
                var swap = random.Next(i + 1);
                (order[i], order[swap]) = (order[swap], order[i]);
            }

            // A falling parameter starts at base + jump so that it stays on the grid.
            for (var i = 0; i < k; i++)
            {
                if (direction[i] < 0)
                    level[i] += jump;
            }

            var start = t * (k + 1);
            points[start] = space.FromUnit(ToUnit(level, levels, unit));
            for (var s = 0; s < k; s++)
            {
                level[order[s]] += direction[order[s]] * jump;
                points[start + s + 1] = space.FromUnit(ToUnit(level, levels, unit));
            }

            changed[t] = order;
        }

        var delta = levels / (2.0 * (levels - 1));
        return new SweepDesign(SweepDesignKind.Morris, space, points, morris: new MorrisLayout(trajectories, levels, delta, changed));
    }

    private static double[] ToUnit(int[] level, int levels, double[] unit)
    {
        for (var i = 0; i < level.Length; i++)
            unit[i] = (double)level[i] / (levels - 1);
        return unit;
    }

    private static void RequireCount(int value, int minimum, string name)
    {
        if (value < minimum)
            throw new ArgumentException($"{name} must be at least {minimum}, got {value}.", name);
    }
}
