using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace MarketSim.Engine;

/// <summary>
/// The 256-bit state and step of xoshiro256** (Blackman and Vigna 2018) as a mutable value, so a hot
/// loop can hold it in registers; <see cref="RandomStream"/> wraps it for everything else.
/// </summary>
/// <remarks>
/// Always pass it by <c>ref</c>: a copy draws the same numbers as the original. An activation through
/// <see cref="AgentSet{T}.ShuffleDo{TAction}(ref TAction, RandomStream)"/> lends the stream's state to
/// the action this way and writes it back afterwards.
/// </remarks>
public struct RandomState
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    internal RandomState(ulong s0, ulong s1, ulong s2, ulong s3)
    {
        _s0 = s0;
        _s1 = s1;
        _s2 = s2;
        _s3 = s3;
    }

    /// <summary>The next 64 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextUnit() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>True with probability <paramref name="p"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool NextBernoulli(double p) => NextUnit() < p;

    /// <summary>A uniform integer in [0, <paramref name="count"/>), unbiased (Lemire 2019), O(1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int NextIndex(int count)
    {
        if (count <= 0)
        {
            ThrowNonPositive(count);
        }

        return (int)NextIndex((uint)count);
    }

    /// <summary>Uniform in [0, range) for range &gt; 0: Lemire's multiply-and-reject on the high 32 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal uint NextIndex(uint range)
    {
        var m = (ulong)(uint)(NextUInt64() >> 32) * range;
        var low = (uint)m;
        if (low < range)
        {
            var threshold = (uint)-range % range;
            while (low < threshold)
            {
                m = (ulong)(uint)(NextUInt64() >> 32) * range;
                low = (uint)m;
            }
        }

        return (uint)(m >> 32);
    }

    /// <summary>
    /// Two independent uniform integers, in [0, <paramref name="rangeA"/>) and [0, <paramref name="rangeB"/>),
    /// from the high and the low half of one 64-bit draw (both halves of xoshiro256** are full quality);
    /// each half is rejected and redrawn on its own, as in <see cref="NextIndex(uint)"/>, so both stay exact.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void NextIndexPair(uint rangeA, uint rangeB, out uint a, out uint b)
    {
        var bits = NextUInt64();
        var ma = (ulong)(uint)(bits >> 32) * rangeA;
        var mb = (ulong)(uint)bits * rangeB;
        if ((uint)ma < rangeA)
        {
            ma = Reject(ma, rangeA);
        }

        if ((uint)mb < rangeB)
        {
            mb = Reject(mb, rangeB);
        }

        a = (uint)(ma >> 32);
        b = (uint)(mb >> 32);
    }

    private ulong Reject(ulong m, uint range)
    {
        var threshold = (uint)-range % range;
        while ((uint)m < threshold)
        {
            m = (ulong)(uint)(NextUInt64() >> 32) * range;
        }

        return m;
    }

    [DoesNotReturn]
    private static void ThrowNonPositive(int count) =>
        throw new ArgumentOutOfRangeException(nameof(count), count, "The count must be positive.");
}
