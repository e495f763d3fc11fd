using MarketSim.Engine;

namespace MarketSim.Tests.Architecture.Fixtures;

// Types whose only use of an engine type is hidden somewhere reflection over members would miss.
internal static class LambdaOnlyUse
{
    public static Func<object> Make() => () => new MemoryDataSink();
}

internal sealed class GenericArgumentUse
{
    public List<Dictionary<string, DataValue[]>> Cells { get; } = [];
}

internal static class TypeOfUse
{
    public static string Name() => typeof(SeedMixer).Name;
}

internal static class ConstraintUse<T>
    where T : Agent
{
    public static int Count { get; set; }
}

internal static class CatchUse
{
    public static int Try(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (InvalidOperationException) when (Filter<ScheduledEvent>())
        {
            return -1;
        }
    }

    private static bool Filter<T>() => typeof(T).IsClass;
}
