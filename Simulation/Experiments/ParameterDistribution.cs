using System.Globalization;
using MathNet.Numerics.Distributions;

namespace MarketSim.Experiments;

/// <summary>
/// The distribution of one swept parameter. A design works in the unit hypercube; this maps a
/// coordinate u in [0, 1] to a value by the inverse CDF (quantile function), so a uniform design
/// in u becomes a sample from the distribution. Build one with the factory methods or <see cref="Parse"/>.
/// </summary>
public sealed record ParameterDistribution
{
    // Unit coordinates at an infinite tail are pulled in by one double ulp of 1/2^53 so that an
    // unbounded normal never yields an infinite value (Phi^-1(2^-53) is about -8.2 sd).
    private const double TailClamp = 1.0 / (1L << 53);

    private readonly double[] _values;
    private readonly string[]? _labels;

    private ParameterDistribution(DistributionKind kind, double minimum, double maximum, double mode,
        double mean, double standardDeviation, double[] values, string[]? labels)
    {
        Kind = kind;
        Minimum = minimum;
        Maximum = maximum;
        Mode = mode;
        Mean = mean;
        StandardDeviation = standardDeviation;
        _values = values;
        _labels = labels;
    }

    /// <summary>Which family this is.</summary>
    public DistributionKind Kind { get; }

    /// <summary>Lower end of the support (the truncation bound for a normal; may be -infinity).</summary>
    public double Minimum { get; }

    /// <summary>Upper end of the support (may be +infinity for an untruncated normal).</summary>
    public double Maximum { get; }

    /// <summary>Mode of a triangular distribution; NaN otherwise.</summary>
    public double Mode { get; }

    /// <summary>Mean of the (untruncated) normal; NaN otherwise.</summary>
    public double Mean { get; }

    /// <summary>Standard deviation of the (untruncated) normal; NaN otherwise.</summary>
    public double StandardDeviation { get; }

    /// <summary>Explicit values of a discrete parameter (category indices 0..n-1 when labelled); empty otherwise.</summary>
    public IReadOnlyList<double> Values => _values;

    /// <summary>Category labels of a categorical parameter, or null.</summary>
    public IReadOnlyList<string>? Labels => _labels;

    /// <summary>True when both ends of the support are finite (needed by grid ranges and Morris scaling).</summary>
    public bool IsBounded => double.IsFinite(Minimum) && double.IsFinite(Maximum);

    /// <summary>Width of the support, used to scale Morris elementary effects.</summary>
    public double Range => Maximum - Minimum;

    /// <summary>An explicit list of numeric values, each with equal weight; index = floor(u n).</summary>
    public static ParameterDistribution Discrete(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var copy = values.ToArray();
        if (copy.Length == 0)
            throw new ArgumentException("A discrete parameter needs at least one value.", nameof(values));
        foreach (var v in copy)
        {
            if (!double.IsFinite(v))
                throw new ArgumentException("Discrete values must be finite numbers.", nameof(values));
        }

        return new(DistributionKind.Discrete, copy.Min(), copy.Max(), double.NaN, double.NaN, double.NaN, copy, null);
    }

    /// <summary>Unordered categories; the design value is the category index 0..n-1 (see <see cref="Label"/>).</summary>
    public static ParameterDistribution Categorical(IEnumerable<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var copy = labels.ToArray();
        if (copy.Length == 0)
            throw new ArgumentException("A categorical parameter needs at least one label.", nameof(labels));
        if (copy.Distinct(StringComparer.Ordinal).Count() != copy.Length)
            throw new ArgumentException("Category labels must be distinct.", nameof(labels));
        var indices = new double[copy.Length];
        for (var i = 0; i < indices.Length; i++)
            indices[i] = i;
        return new(DistributionKind.Discrete, 0, copy.Length - 1, double.NaN, double.NaN, double.NaN, indices, copy);
    }

    /// <summary><c>uniform(min,max)</c>.</summary>
    public static ParameterDistribution Uniform(double min, double max)
    {
        RequireRange(min, max);
        return Continuous(DistributionKind.Uniform, min, max);
    }

    /// <summary><c>log-uniform(min,max)</c>, 0 &lt; min &lt; max.</summary>
    public static ParameterDistribution LogUniform(double min, double max)
    {
        RequireRange(min, max);
        if (min <= 0)
            throw new ArgumentException($"log-uniform needs 0 < min, got {Format(min)}.", nameof(min));
        return Continuous(DistributionKind.LogUniform, min, max);
    }

    /// <summary><c>normal(mean,sd)</c> truncated to [lower, upper] (infinite bounds mean no truncation).</summary>
    public static ParameterDistribution Normal(double mean, double standardDeviation,
        double lower = double.NegativeInfinity, double upper = double.PositiveInfinity)
    {
        if (!double.IsFinite(mean) || !double.IsFinite(standardDeviation) || standardDeviation <= 0)
            throw new ArgumentException($"normal needs a finite mean and sd > 0, got ({Format(mean)},{Format(standardDeviation)}).");
        if (double.IsNaN(lower) || double.IsNaN(upper) || lower >= upper)
            throw new ArgumentException($"normal truncation needs lower < upper, got [{Format(lower)},{Format(upper)}].");
        return new(DistributionKind.Normal, lower, upper, double.NaN, mean, standardDeviation, [], null);
    }

    /// <summary><c>triangular(min,mode,max)</c>, min &lt;= mode &lt;= max.</summary>
    public static ParameterDistribution Triangular(double min, double mode, double max)
    {
        RequireRange(min, max);
        if (!(mode >= min && mode <= max))
            throw new ArgumentException($"triangular needs min <= mode <= max, got mode {Format(mode)}.", nameof(mode));
        return new(DistributionKind.Triangular, min, max, mode, double.NaN, double.NaN, [], null);
    }

    /// <summary><c>integer(min,max)</c>: integers min..max inclusive, equally likely.</summary>
    public static ParameterDistribution IntegerRange(long min, long max)
    {
        if (min > max)
            throw new ArgumentException($"integer needs min <= max, got ({min},{max}).", nameof(min));
        return new(DistributionKind.IntegerRange, min, max, double.NaN, double.NaN, double.NaN, [], null);
    }

    /// <summary>
    /// Parses <c>uniform(a,b)</c>, <c>log-uniform(a,b)</c>, <c>normal(mean,sd)</c>,
    /// <c>normal(mean,sd,lower,upper)</c> (bounds may be <c>-inf</c>/<c>inf</c>), <c>triangular(a,mode,b)</c>
    /// or <c>integer(a,b)</c>, with invariant-culture numbers.
    /// </summary>
    public static ParameterDistribution Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var open = trimmed.IndexOf('(', StringComparison.Ordinal);
        if (open < 0 || !trimmed.EndsWith(')'))
            throw new FormatException($"Expected name(arguments), got '{text}'.");
        var name = trimmed[..open].Trim().ToLowerInvariant();
        var body = trimmed[(open + 1)..^1];
        var args = body.Split(',').Select(a => ParseNumber(a, text)).ToArray();
        return (name, args.Length) switch
        {
            ("uniform", 2) => Uniform(args[0], args[1]),
            ("log-uniform" or "loguniform", 2) => LogUniform(args[0], args[1]),
            ("normal", 2) => Normal(args[0], args[1]),
            ("normal", 4) => Normal(args[0], args[1], args[2], args[3]),
            ("triangular", 3) => Triangular(args[0], args[1], args[2]),
            ("integer", 2) when IsWhole(args[0]) && IsWhole(args[1]) => IntegerRange((long)args[0], (long)args[1]),
            _ => throw new FormatException($"Unknown distribution or wrong argument count in '{text}'."),
        };
    }

    /// <summary>
    /// The value at unit coordinate u in [0, 1]: the inverse CDF at u (MathNet), or for discrete
    /// and integer parameters the element floor(u n), with u = 1 mapped to the last element.
    /// </summary>
    public double FromUnit(double u)
    {
        if (!(u >= 0 && u <= 1))
            throw new ArgumentOutOfRangeException(nameof(u), u, "A unit coordinate must lie in [0, 1].");
        switch (Kind)
        {
            case DistributionKind.Discrete:
                return _values[Math.Min((int)(u * _values.Length), _values.Length - 1)];
            case DistributionKind.IntegerRange:
                var count = Maximum - Minimum + 1;
                return Minimum + Math.Min(Math.Floor(u * count), count - 1);
            case DistributionKind.Uniform:
                return u >= 1 ? Maximum : ContinuousUniform.InvCDF(lower: Minimum, upper: Maximum, p: u);
            case DistributionKind.LogUniform:
                if (u <= 0 || u >= 1)
                    return u <= 0 ? Minimum : Maximum;
                var logValue = Math.Log(Minimum) + (u * (Math.Log(Maximum) - Math.Log(Minimum)));
                return Math.Clamp(Math.Exp(logValue), Minimum, Maximum);
            case DistributionKind.Triangular:
                return MathNet.Numerics.Distributions.Triangular.InvCDF(lower: Minimum, upper: Maximum, mode: Mode, p: u);
            default:
                return TruncatedNormalInverse(u);
        }
    }

    /// <summary>
    /// Evenly spaced grid levels over the support: ends included, geometric for log-uniform,
    /// rounded and deduplicated for integers; one level is the median. A discrete parameter
    /// always yields all its values, whatever <paramref name="count"/>.
    /// </summary>
    public IReadOnlyList<double> GridLevels(int count)
    {
        if (Kind == DistributionKind.Discrete)
            return _values;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        if (count == 1)
            return [FromUnit(0.5)];
        if (!IsBounded)
            throw new ArgumentException($"Grid levels need a bounded range; give {this} truncation bounds.");
        var levels = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var t = (double)i / (count - 1);
            var value = Kind == DistributionKind.LogUniform
                ? Math.Exp(Math.Log(Minimum) + (t * (Math.Log(Maximum) - Math.Log(Minimum))))
                : Minimum + (t * (Maximum - Minimum));
            value = i == 0 ? Minimum : i == count - 1 ? Maximum : Math.Clamp(value, Minimum, Maximum);
            if (Kind == DistributionKind.IntegerRange)
                value = Math.Round(value, MidpointRounding.AwayFromZero);
            if (levels.Count == 0 || levels[^1] != value)
                levels.Add(value);
        }

        return levels;
    }

    /// <summary>The label of a categorical value (its index), or the invariant number otherwise.</summary>
    public string Label(double value)
    {
        if (_labels is not null)
        {
            var index = (int)value;
            if (index != value || index < 0 || index >= _labels.Length)
                throw new ArgumentOutOfRangeException(nameof(value), value, "Not a category index.");
            return _labels[index];
        }

        return Format(value);
    }

    /// <summary>The sweep-file spelling, e.g. <c>log-uniform(0.01,1)</c> or <c>values(1,2,3)</c>.</summary>
    public override string ToString() => Kind switch
    {
        DistributionKind.Discrete when _labels is not null => $"categories({string.Join(",", _labels)})",
        DistributionKind.Discrete => $"values({string.Join(",", _values.Select(Format))})",
        DistributionKind.Uniform => $"uniform({Format(Minimum)},{Format(Maximum)})",
        DistributionKind.LogUniform => $"log-uniform({Format(Minimum)},{Format(Maximum)})",
        DistributionKind.Triangular => $"triangular({Format(Minimum)},{Format(Mode)},{Format(Maximum)})",
        DistributionKind.IntegerRange => $"integer({Format(Minimum)},{Format(Maximum)})",
        _ when IsUntruncated => $"normal({Format(Mean)},{Format(StandardDeviation)})",
        _ => $"normal({Format(Mean)},{Format(StandardDeviation)},{Format(Minimum)},{Format(Maximum)})",
    };

    /// <summary>Value equality including the value and label lists (records compare lists by reference).</summary>
    public bool Equals(ParameterDistribution? other) =>
        other is not null && Kind == other.Kind && Minimum.Equals(other.Minimum) && Maximum.Equals(other.Maximum)
        && Mode.Equals(other.Mode) && Mean.Equals(other.Mean) && StandardDeviation.Equals(other.StandardDeviation)
        && _values.AsSpan().SequenceEqual(other._values)
        && (_labels ?? []).AsSpan().SequenceEqual(other._labels ?? []);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Minimum, Maximum, Mode, Mean, StandardDeviation, _values.Length);

    private bool IsUntruncated => double.IsNegativeInfinity(Minimum) && double.IsPositiveInfinity(Maximum);

    // Truncated normal by inversion: x = mu + sd Phi^-1(Phi(a) + u (Phi(b) - Phi(a))), with a, b the
    // standardised bounds. When the whole window lies above the mean we work in the mirrored lower
    // tail, where Phi is near 0 and keeps its relative precision.
    private double TruncatedNormalInverse(double u)
    {
        var a = (Minimum - Mean) / StandardDeviation;
        var b = (Maximum - Mean) / StandardDeviation;
        var mirrored = a > 0;
        if (mirrored)
            (a, b, u) = (-b, -a, 1 - u);
        var pa = MathNet.Numerics.Distributions.Normal.CDF(mean: 0, stddev: 1, x: a);
        var pb = MathNet.Numerics.Distributions.Normal.CDF(mean: 0, stddev: 1, x: b);
        var p = Math.Clamp(pa + (u * (pb - pa)), TailClamp, 1 - TailClamp);
        var z = MathNet.Numerics.Distributions.Normal.InvCDF(mean: 0, stddev: 1, p: p);
        z = Math.Clamp(z, a, b);
        return Math.Clamp(Mean + ((mirrored ? -z : z) * StandardDeviation), Minimum, Maximum);
    }

    private static ParameterDistribution Continuous(DistributionKind kind, double min, double max) =>
        new(kind, min, max, double.NaN, double.NaN, double.NaN, [], null);

    private static void RequireRange(double min, double max)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max) || min >= max)
            throw new ArgumentException($"A range needs finite min < max, got ({Format(min)},{Format(max)}).");
    }

    private static bool IsWhole(double value) => Math.Floor(value) == value && Math.Abs(value) < (1L << 53);

    private static double ParseNumber(string text, string whole)
    {
        var t = text.Trim();
        if (t.Equals("inf", StringComparison.OrdinalIgnoreCase) || t.Equals("+inf", StringComparison.OrdinalIgnoreCase))
            return double.PositiveInfinity;
        if (t.Equals("-inf", StringComparison.OrdinalIgnoreCase))
            return double.NegativeInfinity;
        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new FormatException($"'{t}' is not a number in '{whole}'.");
    }

    private static string Format(double value) => double.IsInfinity(value)
        ? (value > 0 ? "inf" : "-inf")
        : value.ToString("R", CultureInfo.InvariantCulture);
}
