namespace MarketSim.Scenarios.Observations;

/// <summary>Names the observation series an <see cref="ObservationSeries"/> type measures (as <c>[EventKind]</c> does for events).</summary>
/// <param name="name">The series name used in observation files.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ObservationSeriesAttribute(string name) : Attribute
{
    /// <summary>The series name.</summary>
    public string Name { get; } = name;
}
