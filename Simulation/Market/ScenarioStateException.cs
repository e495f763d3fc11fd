namespace MarketSim.Market;

/// <summary>
/// A scenario whose values each pass their checks but together contradict the tick-0 state the model
/// builds from them: the user's input to change, not a model bug.
/// </summary>
public sealed class ScenarioStateException : Exception
{
    /// <summary>Creates the exception for the field at <paramref name="jsonPath"/>, with what is wrong and what to change.</summary>
    public ScenarioStateException(string jsonPath, string message)
        : base(message)
    {
        JsonPath = jsonPath;
    }

    /// <summary>Creates the exception.</summary>
    public ScenarioStateException()
    {
        JsonPath = "$";
    }

    /// <summary>Creates the exception.</summary>
    public ScenarioStateException(string message)
        : base(message)
    {
        JsonPath = "$";
    }

    /// <summary>Creates the exception.</summary>
    public ScenarioStateException(string message, Exception inner)
        : base(message, inner)
    {
        JsonPath = "$";
    }

    /// <summary>The scenario field to change, as a JSON path (<c>$.market.task_demand.share_in_use</c>).</summary>
    public string JsonPath { get; }
}
