using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using MathNet.Numerics.Random;

namespace MarketSim.Engine;

/// <summary>
/// A seeded xoshiro256** generator (Blackman and Vigna 2018), state filled from the seed by SplitMix64.
/// </summary>
/// <remarks>
/// It derives from MathNet's <see cref="RandomSource"/> so every MathNet distribution can draw from it,
/// and adds non-virtual fast paths (<see cref="NextUInt64"/>, <see cref="NextIndex"/>,
/// <see cref="NextUnit"/>) for hot loops. Not thread-safe: one stream per run and per purpose.
/// The algorithm is pinned by golden-vector tests; changing it changes every published result.
/// </remarks>
public sealed class RandomStream : RandomSource
{
    private RandomState _state;
    private bool _lent;

    /// <summary>Creates a stream whose state is expanded from <paramref name="seed"/> by SplitMix64.</summary>
    public RandomStream(ulong seed)
        : base(threadSafe: false)
    {
        var x = seed;
        _state = new RandomState(NextSplitMix(ref x), NextSplitMix(ref x), NextSplitMix(ref x), NextSplitMix(ref x));
    }

    /// <summary>Creates a stream with an explicit 256-bit state (for golden-vector tests).</summary>
    public RandomStream(ulong s0, ulong s1, ulong s2, ulong s3)
        : base(threadSafe: false)
    {
        if ((s0 | s1 | s2 | s3) == 0)
        {
            throw new ArgumentException("The xoshiro state must not be all zero.");
        }

        _state = new RandomState(s0, s1, s2, s3);
    }

    /// <summary>The next 64 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64() => State.NextUInt64();

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextUnit() => State.NextUnit();

    /// <summary>A uniform integer in [0, <paramref name="count"/>), unbiased (Lemire 2019), O(1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int NextIndex(int count) => State.NextIndex(count);

    /// <summary>True with probability <paramref name="p"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool NextBernoulli(double p) => NextUnit() < p;

    /// <summary>
    /// Fills <paramref name="destination"/> with independent uniform integers in [0, <paramref name="count"/>),
    /// two per 64-bit draw (see <see cref="RandomState"/>), with the state in registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void NextIndices(Span<int> destination, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var state = State;
        var i = 0;
        for (; i + 1 < destination.Length; i += 2)
        {
            state.NextIndexPair((uint)count, (uint)count, out var a, out var b);
            destination[i] = (int)a;
            destination[i + 1] = (int)b;
        }

        if (i < destination.Length)
        {
            destination[i] = (int)state.NextIndex((uint)count);
        }

        _state = state;
    }

    /// <summary>Shuffles <paramref name="items"/> in place (Fisher-Yates, Durstenfeld form), with this algorithm pinned rather than the BCL's.</summary>
    /// <remarks>Fully optimised from the first call (one call per activation would leave it in tier-0/OSR code for a long time).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Permute<T>(Span<T> items)
    {
        // A local copy of the state lets the JIT keep it in registers for the whole loop; one 64-bit
        // draw serves two swaps (see RandomState.NextIndexPair), which stays exactly uniform.
        var state = State;
        var i = items.Length - 1;
        for (; i > 1; i -= 2)
        {
            state.NextIndexPair((uint)i + 1, (uint)i, out var a, out var b);
            (items[i], items[(int)a]) = (items[(int)a], items[i]);
            (items[i - 1], items[(int)b]) = (items[(int)b], items[i - 1]);
        }

        if (i == 1)
        {
            var j = (int)state.NextIndex(2);
            (items[1], items[j]) = (items[j], items[1]);
        }

        _state = state;
    }

    /// <summary>
    /// Hands the state to a hot loop, which draws from a register-held copy and gives it back through
    /// <see cref="Return"/>; drawing from the stream in between throws, because it would repeat numbers.
    /// </summary>
    internal RandomState Lend()
    {
        var state = State;
        _lent = true;
        return state;
    }

    /// <summary>Takes back the state handed out by <see cref="Lend"/>, advanced by the loop's draws.</summary>
    internal void Return(in RandomState state)
    {
        _state = state;
        _lent = false;
    }

    /// <inheritdoc />
    protected override double DoSample() => NextUnit();

    /// <inheritdoc />
    protected override int DoSampleInteger() => (int)(NextUInt64() >> 33);

    /// <inheritdoc />
    protected override int DoSampleInteger(int maxExclusive) => NextIndex(maxExclusive);

    /// <inheritdoc />
    protected override int DoSampleInteger(int minInclusive, int maxExclusive) =>
        minInclusive + NextIndex(maxExclusive - minInclusive);

    private ref RandomState State
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if (_lent)
            {
                ThrowLent();
            }

            return ref _state;
        }
    }

    private static ulong NextSplitMix(ref ulong x)
    {
        var z = SeedMixer.SplitMix64(x);
        x += 0x9E3779B97F4A7C15UL;
        return z;
    }

    [DoesNotReturn]
    private static void ThrowLent() =>
        throw new InvalidOperationException("This stream is lent to an activation; draw from the RandomState passed to the action instead.");
}
