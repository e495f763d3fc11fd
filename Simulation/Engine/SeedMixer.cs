using System.Text;

namespace MarketSim.Engine;

/// <summary>
/// Derives independent 64-bit seeds from a base seed and a stream name or index.
/// </summary>
/// <remarks>
/// The mixing function is fixed and documented so seeds are reproducible across processes and
/// machines (unlike <c>string.GetHashCode</c> or <c>HashCode.Combine</c>, which .NET randomises per
/// process): a name is hashed with 64-bit FNV-1a over its UTF-8 bytes, then
/// <c>seed' = SplitMix64(SplitMix64(base) ^ key)</c>, where SplitMix64 is the finaliser of
/// Steele, Lea and Flood (2014) with the constants of Vigna's reference code.
/// </remarks>
public static class SeedMixer
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>The SplitMix64 finaliser: a bijective avalanche of 64 bits.</summary>
    public static ulong SplitMix64(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    /// <summary>The seed of the stream called <paramref name="name"/> under <paramref name="baseSeed"/>.</summary>
    public static ulong Derive(ulong baseSeed, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Mix(baseSeed, Fnv1a(name));
    }

    /// <summary>The seed of run or replication number <paramref name="index"/> under <paramref name="baseSeed"/>.</summary>
    public static ulong Derive(ulong baseSeed, long index) => Mix(baseSeed, SplitMix64((ulong)index));

    /// <summary>64-bit FNV-1a of the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static ulong Fnv1a(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = FnvOffset;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash *= FnvPrime;
        }

        return hash;
    }

    private static ulong Mix(ulong baseSeed, ulong key) => SplitMix64(SplitMix64(baseSeed) ^ key);
}
