namespace MarketSim.Scenarios.Observations;

/// <summary>One firm's monthly measures over one replication, tick 0 first.</summary>
public sealed class FirmPath
{
    private static readonly int MeasureCount = Enum.GetValues<FirmMeasure>().Length;
    private readonly double[][] _values;

    /// <summary>Creates an empty path of <paramref name="ticks"/> months.</summary>
    public FirmPath(string id, SeriesScope kind, int ticks)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        Id = id;
        Kind = kind;
        _values = new double[MeasureCount][];
        for (var m = 0; m < MeasureCount; m++)
            _values[m] = new double[ticks];
    }

    /// <summary>Model firm id.</summary>
    public string Id { get; }

    /// <summary>Lab, Cloud or Vendor.</summary>
    public SeriesScope Kind { get; }

    /// <summary>Months recorded.</summary>
    public int Ticks => _values[0].Length;

    /// <summary>The value of <paramref name="measure"/> in month <paramref name="tick"/>.</summary>
    public double this[FirmMeasure measure, int tick]
    {
        get => _values[(int)measure][tick];
        set => _values[(int)measure][tick] = value;
    }

    /// <summary>Sum of <paramref name="measure"/> over ticks <paramref name="first"/> to <paramref name="last"/> inclusive, in tick order.</summary>
    public double Sum(FirmMeasure measure, int first, int last)
    {
        var sum = 0.0;
        var values = _values[(int)measure];
        for (var t = first; t <= last; t++)
            sum += values[t];
        return sum;
    }
}
