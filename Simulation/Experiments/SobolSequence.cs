using MathNet.Numerics.Random;

namespace MarketSim.Experiments;

/// <summary>
/// The Sobol low-discrepancy sequence with Joe-Kuo (2008) direction numbers, 32-bit, up to
/// <see cref="MaxDimensions"/> dimensions and 2^32 points, in Gray-code order (Antonov and
/// Saleev 1979, as in Joe and Kuo's reference generator), with random access by index.
/// <para>
/// <see cref="Scrambled"/> applies Matousek's random linear scramble plus a digital shift
/// (J. Matousek, "On the L2-discrepancy for anchored boxes", J. Complexity 14, 1998; see also
/// A. B. Owen, "Variance with alternative scramblings of digital nets", ACM TOMACS 13, 2003):
/// each dimension's digits are multiplied by a random lower-triangular binary matrix with unit
/// diagonal, then XORed with a random 32-bit shift. This is the scheme SciPy's
/// <c>qmc.Sobol(scramble=True)</c> uses; it keeps the (t, m, s)-net property, so every 2^m
/// leading points stay stratified, and makes each point uniform on [0, 1)^d. It is not Owen's
/// nested uniform scramble.
/// </para>
/// </summary>
public sealed class SobolSequence
{
    /// <summary>Dimensions available: 1 plus the 40 table rows.</summary>
    public const int MaxDimensions = 41;

    private const int Bits = 32;
    private const double Scale = 1.0 / 4294967296.0;

    // _directions[j][b] is the direction number for bit b (0 = least significant) of the Gray code.
    private readonly uint[][] _directions;
    private readonly uint[] _shifts;

    private SobolSequence(uint[][] directions, uint[] shifts)
    {
        _directions = directions;
        _shifts = shifts;
    }

    /// <summary>Creates the plain (unscrambled) sequence; its first point is the origin.</summary>
    public SobolSequence(int dimensions)
        : this(BuildDirections(dimensions), new uint[dimensions])
    {
    }

    /// <summary>Number of coordinates of each point.</summary>
    public int Dimensions => _directions.Length;

    /// <summary>
    /// A linearly scrambled and digitally shifted sequence. Draws, per dimension in order: the
    /// strictly-lower-triangular matrix bits row by row (as 16-bit halves), then the 32-bit shift.
    /// </summary>
    public static SobolSequence Scrambled(int dimensions, RandomSource random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var directions = BuildDirections(dimensions);
        var shifts = new uint[dimensions];
        var rows = new uint[Bits];
        for (var j = 0; j < dimensions; j++)
        {
            // Row r (output digit r + 1, counting from the most significant) may mix input
            // digits 1..r+1: the diagonal is 1 and the more significant digits are random.
            for (var r = 0; r < Bits; r++)
            {
                var own = 1u << (Bits - 1 - r);
                var higher = r == 0 ? 0u : ~((own << 1) - 1);
                rows[r] = own | (NextUInt32(random) & higher);
            }

            for (var b = 0; b < Bits; b++)
                directions[j][b] = MultiplyDigits(rows, directions[j][b]);
            shifts[j] = NextUInt32(random);
        }

        return new SobolSequence(directions, shifts);
    }

    /// <summary>Writes point <paramref name="index"/> (0-based) into <paramref name="destination"/>; coordinates lie in [0, 1).</summary>
    public void Point(long index, Span<double> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, uint.MaxValue);
        if (destination.Length != Dimensions)
            throw new ArgumentException($"Expected a span of {Dimensions}.", nameof(destination));
        var gray = (ulong)index ^ ((ulong)index >> 1);
        for (var j = 0; j < Dimensions; j++)
        {
            var x = _shifts[j];
            var g = gray;
            var directions = _directions[j];
            for (var b = 0; g != 0; b++, g >>= 1)
            {
                if ((g & 1) != 0)
                    x ^= directions[b];
            }

            destination[j] = x * Scale;
        }
    }

    /// <summary>The first <paramref name="count"/> points, in sequence order.</summary>
    public double[][] Take(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var points = new double[count][];
        for (var i = 0; i < count; i++)
        {
            points[i] = new double[Dimensions];
            Point(i, points[i]);
        }

        return points;
    }

    // Joe and Kuo's recurrence: V_i = m_i 2^(32-i) for i <= s, then
    // V_i = V_{i-s} ^ (V_{i-s} >> s) ^ XOR_{k=1}^{s-1} a_k V_{i-k}.
    private static uint[][] BuildDirections(int dimensions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dimensions, MaxDimensions);
        var result = new uint[dimensions][];
        result[0] = new uint[Bits];
        for (var i = 0; i < Bits; i++)
            result[0][i] = 1u << (Bits - 1 - i);
        for (var j = 1; j < dimensions; j++)
        {
            var row = JoeKuoDirectionNumbers.Rows[j - 1];
            var s = row[0];
            var a = row[1];
            var v = new uint[Bits];
            for (var i = 0; i < Math.Min(s, Bits); i++)
                v[i] = (uint)row[2 + i] << (Bits - 1 - i);
            for (var i = s; i < Bits; i++)
            {
                v[i] = v[i - s] ^ (v[i - s] >> s);
                for (var k = 1; k < s; k++)
                {
                    if (((a >> (s - 1 - k)) & 1) != 0)
                        v[i] ^= v[i - k];
                }
            }

            result[j] = v;
        }

        return result;
    }

    // Output digit r is the parity of (row r AND input): a GF(2) matrix-vector product.
    private static uint MultiplyDigits(uint[] rows, uint value)
    {
        var result = 0u;
        for (var r = 0; r < Bits; r++)
        {
            if ((System.Numerics.BitOperations.PopCount(rows[r] & value) & 1) != 0)
                result |= 1u << (Bits - 1 - r);
        }

        return result;
    }

    private static uint NextUInt32(RandomSource random) =>
        ((uint)random.Next(0x10000) << 16) | (uint)random.Next(0x10000);
}
