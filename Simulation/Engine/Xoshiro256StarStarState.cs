using System.Runtime.CompilerServices;

namespace MarketSim.Engine;

/// <summary>
/// The 256-bit state and step of xoshiro256** (Blackman and Vigna 2018), as a mutable struct so a hot
/// loop can hold it in registers. <see cref="RandomStream"/> wraps it for everything else.
/// </summary>
internal struct Xoshiro256StarStarState(ulong s0, ulong s1, ulong s2, ulong s3)
{
    private ulong _s0 = s0;
    private ulong _s1 = s1;
    private ulong _s2 = s2;
    private ulong _s3 = s3;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Next()
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

    /// <summary>Uniform in [0, range), unbiased: Lemire's multiply-and-reject on the high 32 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint NextIndex(uint range)
    {
        var m = (ulong)(uint)(Next() >> 32) * range;
        var low = (uint)m;
        if (low < range)
        {
            var threshold = (uint)-range % range;
            while (low < threshold)
            {
                m = (ulong)(uint)(Next() >> 32) * range;
                low = (uint)m;
            }
        }

        return (uint)(m >> 32);
    }
}
