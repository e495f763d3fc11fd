namespace MarketSim.Experiments;

/// <summary>The ordered list of swept parameters; column j of every design point is parameter j.</summary>
public sealed record ParameterSpace
{
    private readonly SweepParameter[] _parameters;

    /// <summary>Creates a space; paths must be distinct and there must be at least one parameter.</summary>
    public ParameterSpace(IEnumerable<SweepParameter> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _parameters = parameters.ToArray();
        if (_parameters.Length == 0)
            throw new ArgumentException("A sweep needs at least one parameter.", nameof(parameters));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in _parameters)
        {
            ArgumentNullException.ThrowIfNull(p, nameof(parameters));
            if (!seen.Add(p.Path))
                throw new ArgumentException($"Parameter '{p.Path}' appears twice.", nameof(parameters));
        }
    }

    /// <summary>The parameters in column order.</summary>
    public IReadOnlyList<SweepParameter> Parameters => _parameters;

    /// <summary>Number of parameters (k).</summary>
    public int Count => _parameters.Length;

    /// <summary>Maps a unit-hypercube point to parameter values, column by column.</summary>
    public double[] FromUnit(ReadOnlySpan<double> unit)
    {
        if (unit.Length != _parameters.Length)
            throw new ArgumentException($"Expected {_parameters.Length} coordinates, got {unit.Length}.", nameof(unit));
        var values = new double[unit.Length];
        for (var j = 0; j < values.Length; j++)
            values[j] = _parameters[j].Distribution.FromUnit(unit[j]);
        return values;
    }

    /// <summary>Value equality over the parameter list.</summary>
    public bool Equals(ParameterSpace? other) =>
        other is not null && _parameters.AsSpan().SequenceEqual(other._parameters);

    /// <inheritdoc/>
    public override int GetHashCode() => _parameters.Length;
}
