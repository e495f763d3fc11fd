using System.Text.Json;

namespace MarketSim.Scenarios;

/// <summary>
/// Raised while binding one event. System.Text.Json gives it the event's own path
/// (<c>$.events[2]</c>); <see cref="RelativePath"/> says where inside the event the problem is, and
/// an inner <see cref="JsonException"/> (when there is one) carries the serializer's own diagnosis.
/// </summary>
internal sealed class EventBindingException : JsonException
{
    public EventBindingException(string relativePath, string message, JsonException? inner = null)
        : base(message, inner)
    {
        RelativePath = relativePath;
    }

    public EventBindingException()
        : this(JsonPaths.Root, "invalid event")
    {
    }

    public EventBindingException(string message)
        : this(JsonPaths.Root, message)
    {
    }

    public EventBindingException(string message, Exception innerException)
        : base(message, innerException)
    {
        RelativePath = JsonPaths.Root;
    }

    /// <summary>Path inside the event, <c>$</c> for the event itself, <c>$.factor</c> for a field.</summary>
    public string RelativePath { get; }
}
