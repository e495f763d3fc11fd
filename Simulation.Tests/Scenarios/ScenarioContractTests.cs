using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MarketSim.Tests.Support;

namespace MarketSim.Tests.Scenarios;

/// <summary>
/// One scenario contract: the parameter records and the schema agree on every field
/// (<see cref="ScenarioSchemaCoverageTests"/>), and the field tables of docs/scenario-format.md say
/// what the schema says: the same fields, each with the schema's range, default and description
/// (units are part of the description).
/// </summary>
public sealed partial class ScenarioContractTests
{
    private static readonly JsonObject Schema = JsonNode.Parse(
        File.ReadAllText(ScenarioFixture.SchemaPath),
        documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!.AsObject();

    private static readonly Lazy<List<DocSection>> Sections = new(ReadSections);

    public static TheoryData<string> SectionNames => [.. Sections.Value.Select(s => s.Name)];

    [Fact]
    public void Docs_HaveATableForEverySchemaObject()
    {
        var documented = Sections.Value.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var objects = Schema["$defs"]!.AsObject().Where(d => d.Value!["properties"] is not null && d.Key != "event").Select(d => d.Key);

        var missing = objects.Where(name => !documented.Contains(name) && !IsFieldlessEvent(name)).ToList();

        Assert.True(missing.Count == 0, "not documented: " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(SectionNames))]
    public void DocsTable_FieldsRangesDefaultsAndMeanings_EqualTheSchema(string section)
    {
        var doc = Sections.Value.Single(s => s.Name == section);
        var schema = section == "Top level" ? Schema : Schema["$defs"]![section]!.AsObject();
        var properties = schema["properties"]!.AsObject()
            .Where(p => p.Key is not ("$schema" or "extends" or "kind") && !(p.Key == "tick" && section.StartsWith("event-", StringComparison.Ordinal)))
            .ToDictionary(p => p.Key, p => p.Value!.AsObject(), StringComparer.Ordinal);

        Assert.Equal(properties.Keys.Order(StringComparer.Ordinal), doc.Rows.Select(r => r.Field).Order(StringComparer.Ordinal));
        foreach (var row in doc.Rows)
        {
            var p = properties[row.Field];
            Assert.Equal((row.Field, Range(p)), (row.Field, row.Range));
            Assert.Equal((row.Field, Default(p)), (row.Field, row.Default));
            Assert.Equal((row.Field, p["description"]?.GetValue<string>() ?? string.Empty), (row.Field, row.Meaning));
        }

        if (doc.Intro is not null && section != "Top level")
            Assert.Equal(schema["description"]!.GetValue<string>(), doc.Intro);
    }

    private static bool IsFieldlessEvent(string name) =>
        name.StartsWith("event-", StringComparison.Ordinal)
        && Schema["$defs"]![name]!["properties"]!.AsObject().All(p => p.Key is "kind" or "tick");

    // The range column as the docs write it: numeric bounds, enum values, item and entry counts.
    private static string Range(JsonObject p)
    {
        var parts = new List<string>();
        foreach (var (keyword, symbol) in new[] { ("minimum", "≥"), ("exclusiveMinimum", ">"), ("maximum", "≤"), ("exclusiveMaximum", "<") })
        {
            if (p[keyword] is { } bound)
                parts.Add($"{symbol} {bound.ToJsonString()}");
        }

        if (p["enum"] is JsonArray values)
            parts.Add(string.Join(", ", values.Select(v => $"`{v!.GetValue<string>()}`")));
        if (p["minItems"] is { } minItems)
            parts.Add($"≥ {minItems.ToJsonString()} items");
        if (p["maxItems"] is { } maxItems)
            parts.Add($"≤ {maxItems.ToJsonString()} items");
        if (p["minProperties"] is { } minProperties)
            parts.Add($"≥ {minProperties.ToJsonString()} {(minProperties.GetValue<int>() == 1 ? "entry" : "entries")}");
        return string.Join(", ", parts);
    }

    private static string Default(JsonObject p) =>
        p["default"] is { } value ? $"`{Compact(value)}`" : p.ContainsKey("default") ? "`null`" : "required";

    // Compact JSON with ", " and ": " separators, as the docs print defaults.
    private static string Compact(JsonNode value) => value switch
    {
        JsonArray array => "[" + string.Join(", ", array.Select(v => v is null ? "null" : Compact(v))) + "]",
        JsonObject obj => "{" + string.Join(", ", obj.Select(kv => $"\"{kv.Key}\": {(kv.Value is null ? "null" : Compact(kv.Value))}")) + "}",
        _ => value.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }),
    };

    private static List<DocSection> ReadSections()
    {
        var lines = File.ReadAllLines(Path.Combine(Repository.Root, "docs", "scenario-format.md"));
        var start = Array.IndexOf(lines, "## Fields");
        var end = Array.FindIndex(lines, start + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
        var sections = new List<DocSection>();
        DocSection? current = null;
        for (var i = start + 1; i < end; i++)
        {
            var heading = Heading().Match(lines[i]);
            if (heading.Success)
            {
                var title = heading.Groups[1].Value;
                var kind = EventHeading().Match(title);
                current = new DocSection(kind.Success ? "event-" + kind.Groups[1].Value : title);
                sections.Add(current);
                var intro = lines.Skip(i + 1).FirstOrDefault(l => l.Length > 0);
                var match = intro is null ? Match.Empty : Intro().Match(intro);
                current.Intro = match.Success ? match.Groups[1].Value : null;
                continue;
            }

            if (current is not null && lines[i].StartsWith("| `", StringComparison.Ordinal))
            {
                var cells = lines[i].Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
                current.Rows.Add(new DocRow(cells[0].Trim('`'), cells[2], cells[3], cells[4]));
            }
        }

        return sections.Where(s => s.Rows.Count > 0).ToList();
    }

    [GeneratedRegex("^###+ (.+)$")]
    private static partial Regex Heading();

    [GeneratedRegex("^`([a-z-]+)`$")]
    private static partial Regex EventHeading();

    [GeneratedRegex("^`[^`]+`: (.*)$")]
    private static partial Regex Intro();

    private sealed record DocRow(string Field, string Range, string Default, string Meaning);

    private sealed class DocSection(string name)
    {
        public string Name { get; } = name;

        public string? Intro { get; set; }

        public List<DocRow> Rows { get; } = [];
    }
}
