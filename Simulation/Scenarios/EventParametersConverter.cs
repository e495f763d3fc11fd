using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using MarketSim.Market.Parameters;

namespace MarketSim.Scenarios;

/// <summary>
/// Reads an event as <c>{ "kind": "efficiency-shock", "tick": 12, ... }</c>: the <c>kind</c> picks the
/// record type among <see cref="EventKinds"/>, the other fields bind to that record. Writes the
/// record's fields with its <c>kind</c>.
/// </summary>
internal sealed class EventParametersConverter : JsonConverter<EventParameters>
{
    private const string KindField = "kind";

    // Called for null too, so a null event is an error here rather than a null item in the list.
    public override bool HandleNull => true;

    public override EventParameters Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var node = JsonNode.Parse(ref reader);
        if (node is not JsonObject obj)
            throw new EventBindingException(JsonPaths.Root, $"expected an event object with a \"kind\", got {ParameterPath.Describe(node)}");
        if (!obj.TryGetPropertyValue(KindField, out var kindNode))
            throw new EventBindingException(JsonPaths.Root, $"missing required field 'kind'; known kinds: {KnownKinds()}");
        var kindPath = JsonPaths.Property(JsonPaths.Root, KindField);
        if (kindNode?.GetValueKind() != JsonValueKind.String)
            throw new EventBindingException(kindPath, $"expected a string, got {ParameterPath.Describe(kindNode)}; known kinds: {KnownKinds()}");

        var kind = kindNode.GetValue<string>();
        var type = EventKinds.Find(kind)
            ?? throw new EventBindingException(kindPath, $"unknown event kind '{kind}'; known kinds: {KnownKinds()}");

        obj.Remove(KindField);
        try
        {
            return (EventParameters)(obj.Deserialize(type, options)
                ?? throw new EventBindingException(JsonPaths.Root, "must not be null"));
        }
        catch (JsonException e) when (e is not EventBindingException)
        {
            throw new EventBindingException(string.IsNullOrEmpty(e.Path) ? JsonPaths.Root : e.Path, e.Message, e);
        }
    }

    public override void Write(Utf8JsonWriter writer, EventParameters value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        // The record's read-only Kind property serialises as "kind", so the output reads back.
        JsonSerializer.Serialize(writer, value, value.GetType(), options);
    }

    private static string KnownKinds() => string.Join(", ", EventKinds.Names);
}
