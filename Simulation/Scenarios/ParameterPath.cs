using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MarketSim.Scenarios;

/// <summary>
/// A path to one parameter in a scenario document, as users write it after <c>--set</c> and in
/// sweep files: <c>labs[id=openai].markup</c>, <c>customers.segments[name=enterprise].p</c>,
/// <c>labs[0].markup</c>. A leading <c>$.</c> is accepted so paths copied from error messages work.
/// </summary>
public sealed class ParameterPath
{
    private readonly PathStep[] _steps;

    private ParameterPath(string text, PathStep[] steps)
    {
        Text = text;
        _steps = steps;
    }

    /// <summary>The path as the user wrote it.</summary>
    public string Text { get; }

    internal IReadOnlyList<PathStep> Steps => _steps;

    /// <summary>Parses a path.</summary>
    /// <exception cref="ParameterPathException">The path is malformed; the message says where and why.</exception>
    public static ParameterPath Parse(string text)
    {
        if (!TryParse(text, out var path, out var error))
            throw new ParameterPathException(error);
        return path;
    }

    /// <summary>Parses a path, returning a readable error instead of throwing.</summary>
    public static bool TryParse(
        string text,
        [NotNullWhen(true)] out ParameterPath? path,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        path = null;
        var reason = ParseSteps(text, out var steps);
        if (reason is not null)
        {
            error = $"invalid path '{text}': {reason}";
            return false;
        }

        path = new ParameterPath(text, steps);
        error = null;
        return true;
    }

    /// <summary>The value the path points at (null for a JSON null).</summary>
    /// <exception cref="ParameterPathException">The path does not match the document.</exception>
    public JsonNode? Get(JsonNode? root) => Walk(root, _steps.Length, out _);

    /// <summary>Like <see cref="Get"/>, but a missing last field gives null instead of an error.</summary>
    internal JsonNode? GetExisting(JsonNode? root)
    {
        var parent = Walk(root, _steps.Length - 1, out _);
        return _steps[^1] is PropertyStep property && parent is JsonObject obj && !obj.ContainsKey(property.Name)
            ? null
            : Get(root);
    }

    /// <summary>
    /// Replaces the value the path points at. A missing last field is added only when
    /// <paramref name="allowNewProperty"/> is true (schema validation later rejects unknown ones).
    /// </summary>
    /// <exception cref="ParameterPathException">The path does not match the document.</exception>
    public void Set(JsonNode? root, JsonNode? value, bool allowNewProperty)
    {
        var parent = Walk(root, _steps.Length - 1, out _);
        var shown = Shown(_steps.Length - 1);
        // A node can have one parent only; callers often pass values taken from another document.
        var item = value?.Parent is null ? value : value.DeepClone();
        switch (_steps[^1])
        {
            case PropertyStep property:
                var obj = AsObject(parent, shown, property.Name);
                if (!obj.ContainsKey(property.Name) && !allowNewProperty)
                    throw Fail(NoSuchField(obj, shown, property.Name));
                obj[property.Name] = item;
                break;
            case IndexStep index:
                AsArray(parent, shown)[FindIndex(parent, shown, index)] = item;
                break;
            case SelectorStep selector:
                AsArray(parent, shown)[FindSelected(parent, shown, selector)] = item;
                break;
        }
    }

    /// <summary>
    /// The path resolved against <paramref name="root"/> in <c>$.labs[0].markup</c> form, which is how
    /// documents are located; the last field need not exist yet.
    /// </summary>
    /// <exception cref="ParameterPathException">The path does not match the document.</exception>
    public string ToJsonPath(JsonNode? root)
    {
        var parent = Walk(root, _steps.Length - 1, out var parentPath);
        return _steps[^1] switch
        {
            PropertyStep property => JsonPaths.Property(parentPath, property.Name),
            IndexStep index => JsonPaths.Index(parentPath, FindIndex(parent, Shown(_steps.Length - 1), index)),
            SelectorStep selector => JsonPaths.Index(parentPath, FindSelected(parent, Shown(_steps.Length - 1), selector)),
            _ => throw new InvalidOperationException("unknown path step"),
        };
    }

    /// <inheritdoc/>
    public override string ToString() => Text;

    private JsonNode? Walk(JsonNode? root, int count, out string jsonPath)
    {
        var node = root;
        jsonPath = JsonPaths.Root;
        for (var i = 0; i < count; i++)
        {
            var shown = Shown(i);
            switch (_steps[i])
            {
                case PropertyStep property:
                    var obj = AsObject(node, shown, property.Name);
                    if (!obj.TryGetPropertyValue(property.Name, out node))
                        throw Fail(NoSuchField(obj, shown, property.Name));
                    jsonPath = JsonPaths.Property(jsonPath, property.Name);
                    break;
                case IndexStep index:
                    var at = FindIndex(node, shown, index);
                    node = AsArray(node, shown)[at];
                    jsonPath = JsonPaths.Index(jsonPath, at);
                    break;
                case SelectorStep selector:
                    var selected = FindSelected(node, shown, selector);
                    node = AsArray(node, shown)[selected];
                    jsonPath = JsonPaths.Index(jsonPath, selected);
                    break;
            }
        }

        return node;
    }

    /// <summary>The first <paramref name="count"/> steps as the user would write them, for messages.</summary>
    private string Shown(int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
            text.Append(_steps[i].ToString());
        return text.Length == 0 ? "the document root" : text.ToString().TrimStart('.');
    }

    // The caller knows the path text and prefixes it; the reason names the part that failed.
    private static ParameterPathException Fail(string reason) => new(reason);

    private static JsonObject AsObject(JsonNode? node, string shown, string field) =>
        node as JsonObject ?? throw Fail($"{shown} is {Describe(node)}, not an object, so it has no field '{field}'");

    private static JsonArray AsArray(JsonNode? node, string shown) =>
        node as JsonArray ?? throw Fail($"{shown} is {Describe(node)}, not an array");

    private static int FindIndex(JsonNode? node, string shown, IndexStep step)
    {
        var array = AsArray(node, shown);
        if (step.Index >= array.Count)
        {
            throw Fail(string.Create(
                CultureInfo.InvariantCulture,
                $"index {step.Index} is out of range: {shown} has {array.Count} item{(array.Count == 1 ? "" : "s")}"));
        }

        return step.Index;
    }

    private static int FindSelected(JsonNode? node, string shown, SelectorStep step)
    {
        var array = AsArray(node, shown);
        var found = -1;
        var matches = 0;
        var keys = new List<string>();
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonObject item || !item.TryGetPropertyValue(step.Key, out var value) || value is null)
                continue;
            keys.Add(value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString());
            if (Matches(value, step.Value))
            {
                found = i;
                matches++;
            }
        }

        if (matches == 1)
            return found;
        if (matches > 1)
            throw Fail(string.Create(CultureInfo.InvariantCulture, $"{matches} items of {shown} have {step.Key} '{step.Value}'; use an index instead"));
        if (keys.Count == 0)
            throw Fail($"no item of {shown} has a field '{step.Key}'");
        throw Fail($"no item of {shown} has {step.Key} '{step.Value}'; {step.Key}s are: {string.Join(", ", keys)}");
    }

    private static bool Matches(JsonNode value, string text)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                return string.Equals(value.GetValue<string>(), text, StringComparison.Ordinal);
            case JsonValueKind.Number:
                // Compare as numbers so [id=1] finds 1.0 and 1e0 alike.
                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var wanted)
                    && double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture) == wanted;
            case JsonValueKind.True:
                return text == "true";
            case JsonValueKind.False:
                return text == "false";
            default:
                return false;
        }
    }

    private static string NoSuchField(JsonObject obj, string shown, string field)
    {
        var names = obj.Select(p => p.Key).ToList();
        return names.Count == 0
            ? $"no field '{field}' in {shown} (it is empty)"
            : $"no field '{field}' in {shown}; fields are: {string.Join(", ", names)}";
    }

    internal static string Describe(JsonNode? node) => node?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "null",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        _ => "a boolean",
    };

    /// <summary>Returns null on success, else the reason the text is not a path.</summary>
    private static string? ParseSteps(string text, out PathStep[] steps)
    {
        steps = [];
        var list = new List<PathStep>();
        var pos = 0;
        if (text.Length == 0 || text == "$")
            return "the path is empty";
        if (text.StartsWith("$.", StringComparison.Ordinal))
            pos = 2;
        else if (text[0] == '$' && text.Length > 1 && text[1] == '[')
            return "the path must start with a field name, as in labs[0].markup";

        while (true)
        {
            var start = pos;
            while (pos < text.Length && text[pos] is not ('.' or '[' or ']'))
                pos++;
            var name = text[start..pos];
            if (name.Length == 0)
            {
                if (start == 0 || (start == 2 && text[0] == '$'))
                    return "the path must start with a field name, as in labs[0].markup";
                if (start >= text.Length)
                    return "the path ends with '.'";
                return Invariant($"empty field name at position {start + 1}");
            }

            var bad = CheckName(name);
            if (bad is not null)
                return Invariant($"{bad} in field name '{name}' at position {start + 1}");
            list.Add(new PropertyStep(name));

            while (pos < text.Length && text[pos] == '[')
            {
                var close = text.IndexOf(']', pos + 1);
                var nextOpen = text.IndexOf('[', pos + 1);
                if (close < 0 || (nextOpen >= 0 && nextOpen < close))
                    return Invariant($"'[' at position {pos + 1} has no matching ']'");
                var reason = ParseBracket(text[(pos + 1)..close], pos + 1, out var step);
                if (reason is not null)
                    return reason;
                list.Add(step!);
                pos = close + 1;
            }

            if (pos == text.Length)
                break;
            if (text[pos] == ']')
                return Invariant($"']' at position {pos + 1} has no matching '['");
            if (text[pos] != '.')
                return Invariant($"expected '.' or '[' at position {pos + 1}, found '{text[pos]}'");
            pos++;
            if (pos == text.Length)
                return "the path ends with '.'";
        }

        steps = [.. list];
        return null;
    }

    private static string? ParseBracket(string content, int openPosition, out PathStep? step)
    {
        step = null;
        var trimmed = content.Trim();
        if (trimmed.Length == 0)
            return Invariant($"empty brackets at position {openPosition}: use an index like [0] or a selector like [id=openai]");
        if (trimmed.All(char.IsAsciiDigit))
        {
            if (!int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                return Invariant($"index '{trimmed}' at position {openPosition} is too large");
            step = new IndexStep(index);
            return null;
        }

        if (trimmed[0] == '-' && trimmed.Length > 1 && trimmed[1..].All(char.IsAsciiDigit))
            return Invariant($"negative index '{trimmed}' at position {openPosition}: indices start at 0");

        var equals = trimmed.IndexOf('=', StringComparison.Ordinal);
        if (equals < 0)
            return Invariant($"'[{content}]' at position {openPosition} is neither an index like [0] nor a selector like [id=openai]");
        var key = trimmed[..equals].Trim();
        var value = Unquote(trimmed[(equals + 1)..].Trim());
        if (key.Length == 0)
            return Invariant($"selector '[{content}]' at position {openPosition} has no field name before '='");
        var bad = CheckName(key);
        if (bad is not null)
            return Invariant($"{bad} in selector field '{key}' at position {openPosition}");
        if (value.Length == 0)
            return Invariant($"selector '[{content}]' at position {openPosition} has no value after '='");
        step = new SelectorStep(key, value);
        return null;
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && value[0] == value[^1] && value[0] is '\'' or '"' ? value[1..^1] : value;

    private static string? CheckName(string name)
    {
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c))
                return "whitespace";
            if (c is '=' or '\'' or '"')
                return Invariant($"unexpected '{c}'");
        }

        return null;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
