using System.Globalization;

namespace MarketSim.Engine;

/// <summary>One cell of a collected row: a number, an integer or a text, without boxing.</summary>
public readonly record struct DataValue
{
    private readonly double _number;
    private readonly long _integer;
    private readonly string? _text;

    /// <summary>Which of the three kinds this cell holds.</summary>
    public DataValueKind Kind { get; }

    private DataValue(DataValueKind kind, double number, long integer, string? text)
    {
        Kind = kind;
        _number = number;
        _integer = integer;
        _text = text;
    }

    /// <summary>A floating-point cell.</summary>
    public static DataValue Of(double value) => new(DataValueKind.Real, value, 0, null);

    /// <summary>An integer cell.</summary>
    public static DataValue Of(long value) => new(DataValueKind.Whole, 0, value, null);

    /// <summary>A text cell.</summary>
    public static DataValue Of(string value) => new(DataValueKind.Text, 0, 0, value);

    /// <summary>A boolean cell, written as 1 or 0.</summary>
    public static DataValue Of(bool value) => Of(value ? 1L : 0L);

    /// <summary>The value as a double (integers widen; text is NaN).</summary>
    public double AsDouble() => Kind switch
    {
        DataValueKind.Real => _number,
        DataValueKind.Whole => _integer,
        _ => double.NaN,
    };

    /// <summary>The value as a long (numbers truncate; text is 0).</summary>
    public long AsInteger() => Kind switch
    {
        DataValueKind.Whole => _integer,
        DataValueKind.Real => (long)_number,
        _ => 0,
    };

    /// <summary>The cell as invariant-culture text, round-trippable for numbers.</summary>
    public override string ToString() => Kind switch
    {
        DataValueKind.Real => _number.ToString("R", CultureInfo.InvariantCulture),
        DataValueKind.Whole => _integer.ToString(CultureInfo.InvariantCulture),
        _ => _text ?? string.Empty,
    };
}
