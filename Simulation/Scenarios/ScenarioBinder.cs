using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using MarketSim.Market.Parameters;

namespace MarketSim.Scenarios;

/// <summary>
/// Binds a resolved, schema-checked document to typed records with System.Text.Json: snake_case
/// fields, kebab-case enums, no unknown fields, required constructor parameters and non-null
/// annotations enforced, numbers only from JSON numbers.
/// </summary>
public static partial class ScenarioBinder
{
    /// <summary>The serializer options used for binding (read-only).</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>
    /// Deserializes the document, leaving out the top-level <c>$schema</c> and <c>extends</c>
    /// (file syntax, not model fields).
    /// </summary>
    /// <exception cref="InputException">The document does not fit <typeparamref name="T"/>; the error names path and line.</exception>
    public static T Bind<T>(ResolvedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var root = document.Root?.DeepClone();
        if (root is JsonObject obj)
        {
            obj.Remove(ScenarioInheritance.SchemaKey);
            obj.Remove(ScenarioInheritance.ExtendsKey);
        }

        try
        {
            return root.Deserialize<T>(Options)
                ?? throw new InputException(document.ErrorAt(JsonPaths.Root, "the document is null, expected an object"));
        }
        catch (JsonException e)
        {
            throw new InputException(Describe<T>(e, document));
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            NumberHandling = JsonNumberHandling.Strict,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
            Converters =
            {
                new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false),
                new EventParametersConverter(),
            },
        };
        options.MakeReadOnly();
        return options;
    }

    private static IReadOnlyList<InputError> Describe<T>(JsonException e, ResolvedDocument document)
    {
        var path = string.IsNullOrEmpty(e.Path) ? JsonPaths.Root : e.Path;
        if (e is EventBindingException eventError)
        {
            // The event's path plus the path inside it; the serializer's own diagnosis, if any, is the inner one.
            path = path + eventError.RelativePath[JsonPaths.Root.Length..];
            if (eventError.InnerException is not JsonException inner)
                return [document.ErrorAt(path, eventError.Message)];
            e = inner;
        }

        var message = LocatedJsonParser.CleanMessage(e.Message);

        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            var field = FirstQuoted(message) ?? "?";
            // STJ reports the unknown property's own path on some versions and the object's on others.
            var fieldPath = path.EndsWith("." + field, StringComparison.Ordinal) ? path : JsonPaths.Property(path, field);
            return [document.ErrorAt(fieldPath, $"unknown field '{field}'")];
        }

        if (message.Contains("missing required properties", StringComparison.Ordinal))
        {
            var tail = message[message.LastIndexOf(':')..];
            return [.. Quoted().Matches(tail).Select(m => document.ErrorAt(path, $"missing required field '{m.Groups[1].Value}'"))];
        }

        var value = ValueAt(document.Root, path, out var found);
        if (message.Contains("null", StringComparison.OrdinalIgnoreCase) && found && value is null)
            return [document.ErrorAt(path, "must not be null")];

        var target = TargetType(typeof(T), path, document.Root);
        if (target is not null && found)
            return [document.ErrorAt(path, $"expected {Expected(target)}, got {Got(value)}")];
        return [document.ErrorAt(path, message)];
    }

    /// <summary>
    /// The .NET type bound at <paramref name="jsonPath"/>, found by walking the serializer's own metadata
    /// (and, for an event, the record type its <c>kind</c> names in the document).
    /// </summary>
    private static Type? TargetType(Type root, string jsonPath, JsonNode? document)
    {
        if (jsonPath == JsonPaths.Root)
            return root;
        if (!ParameterPath.TryParse(jsonPath, out var path, out _))
            return null;
        var info = Options.GetTypeInfo(root);
        var node = document;
        foreach (var step in path.Steps)
        {
            if (info.Type == typeof(EventParameters))
            {
                var kind = node is JsonObject item && item["kind"] is JsonValue value && value.GetValueKind() == JsonValueKind.String
                    ? EventKinds.Find(value.GetValue<string>())
                    : null;
                if (kind is null)
                    return null;
                info = Options.GetTypeInfo(kind);
            }

            Type? next;
            switch (step)
            {
                case PropertyStep property:
                    next = info.Properties.FirstOrDefault(p => p.Name == property.Name)?.PropertyType;
                    node = node is JsonObject obj && obj.TryGetPropertyValue(property.Name, out var child) ? child : null;
                    break;
                case IndexStep index:
                    next = info.ElementType;
                    node = node is JsonArray array && index.Index < array.Count ? array[index.Index] : null;
                    break;
                default:
                    return null;
            }

            if (next is null)
                return null;
            info = Options.GetTypeInfo(next);
        }

        return info.Type;
    }

    private static string Expected(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
        {
            var names = Enum.GetNames(type).Select(n => "\"" + JsonNamingPolicy.KebabCaseLower.ConvertName(n) + "\"");
            return "one of " + string.Join(", ", names);
        }

        return Type.GetTypeCode(type) switch
        {
            TypeCode.Double or TypeCode.Single or TypeCode.Decimal => "a number",
            TypeCode.Int16 or TypeCode.Int32 or TypeCode.Int64 or TypeCode.UInt16 or TypeCode.UInt32 or TypeCode.UInt64
                or TypeCode.Byte or TypeCode.SByte => "an integer",
            TypeCode.String => "a string",
            TypeCode.Boolean => "true or false",
            _ => Options.GetTypeInfo(type).Kind switch
            {
                JsonTypeInfoKind.Enumerable => "an array",
                JsonTypeInfoKind.Object or JsonTypeInfoKind.Dictionary => "an object",
                _ => "a value of type " + type.Name,
            },
        };
    }

    private static string Got(JsonNode? value)
    {
        var kind = ParameterPath.Describe(value);
        var text = value?.ToJsonString() ?? "null";
        return value?.GetValueKind() is JsonValueKind.String or JsonValueKind.Number && text.Length <= 40
            ? string.Create(CultureInfo.InvariantCulture, $"{kind} ({text})")
            : kind;
    }

    private static JsonNode? ValueAt(JsonNode? root, string jsonPath, out bool found)
    {
        found = false;
        if (jsonPath == JsonPaths.Root)
        {
            found = true;
            return root;
        }

        if (!ParameterPath.TryParse(jsonPath, out var path, out _))
            return null;
        try
        {
            var value = path.Get(root);
            found = true;
            return value;
        }
        catch (ParameterPathException)
        {
            return null;
        }
    }

    private static string? FirstQuoted(string message)
    {
        var match = Quoted().Match(message);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex("'([^']*)'")]
    private static partial Regex Quoted();
}
