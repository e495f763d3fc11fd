namespace MarketSim.Scenarios.Observations;

/// <summary>
/// The observation series the program understands, discovered once by reflection: every concrete
/// <see cref="ObservationSeries"/> with an <see cref="ObservationSeriesAttribute"/>.
/// </summary>
public static class SeriesKinds
{
    private static readonly Lazy<SortedDictionary<string, ObservationSeries>> Table = new(Discover);

    /// <summary>Every series by name, ordered by name.</summary>
    public static IReadOnlyDictionary<string, ObservationSeries> ByName => Table.Value;

    /// <summary>Every series name, ordered.</summary>
    public static IReadOnlyList<string> Names => [.. Table.Value.Keys];

    /// <summary>The series called <paramref name="name"/>, or null.</summary>
    public static ObservationSeries? Find(string name) => Table.Value.GetValueOrDefault(name);

    private static SortedDictionary<string, ObservationSeries> Discover()
    {
        var kinds = new SortedDictionary<string, ObservationSeries>(StringComparer.Ordinal);
        foreach (var type in typeof(ObservationSeries).Assembly.GetTypes())
        {
            if (type.IsAbstract || !type.IsSubclassOf(typeof(ObservationSeries)))
                continue;
            var series = (ObservationSeries)Activator.CreateInstance(type, nonPublic: true)!;
            if (!kinds.TryAdd(series.Name, series))
                throw new InvalidOperationException($"Series '{series.Name}' is declared by both {kinds[series.Name].GetType().FullName} and {type.FullName}.");
        }

        return kinds;
    }
}
