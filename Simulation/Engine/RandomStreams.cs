namespace MarketSim.Engine;

/// <summary>
/// One root seed split into independent named streams. The same (seed, name) always gives the same
/// stream, whatever the order in which streams are requested, so adding a stream shifts no other.
/// </summary>
public sealed class RandomStreams
{
    private readonly Dictionary<string, RandomStream> _streams = new(StringComparer.Ordinal);

    /// <summary>Creates the stream family of <paramref name="rootSeed"/>.</summary>
    public RandomStreams(ulong rootSeed) => RootSeed = rootSeed;

    /// <summary>The seed every stream derives from.</summary>
    public ulong RootSeed { get; }

    /// <summary>The stream called <paramref name="name"/>, created on first use.</summary>
    public RandomStream Get(string name)
    {
        if (!_streams.TryGetValue(name, out var stream))
        {
            stream = new RandomStream(SeedMixer.Derive(RootSeed, name));
            _streams.Add(name, stream);
        }

        return stream;
    }
}
