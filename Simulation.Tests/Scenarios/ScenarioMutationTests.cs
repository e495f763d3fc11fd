using System.Text;
using System.Text.Json.Nodes;
using MarketSim.Engine;
using MarketSim.Scenarios;

namespace MarketSim.Tests.Scenarios;

/// <summary>
/// Property test: a valid scenario mutated at random (seeded) either loads cleanly or fails with an
/// <see cref="InputException"/> whose errors all name a file; no other exception ever escapes.
/// </summary>
public sealed class ScenarioMutationTests : IDisposable
{
    private const int Iterations = 900;

    private static readonly JsonNode?[] Extremes =
    [
        JsonValue.Create(0), JsonValue.Create(-1), JsonValue.Create(1), JsonValue.Create(1e308), JsonValue.Create(-1e308),
        JsonValue.Create(double.Epsilon), JsonValue.Create(2147483648L), JsonValue.Create(-2147483649L),
        JsonValue.Create(ulong.MaxValue), JsonValue.Create(0.5), JsonValue.Create(123456.789),
        JsonNode.Parse("1e400"), JsonNode.Parse("-1e400"), JsonNode.Parse("18446744073709551616"),
        JsonNode.Parse("1.0"), JsonNode.Parse("1e2"), JsonNode.Parse("79228162514264337593543950336"),
        JsonValue.Create("NaN"), JsonValue.Create("Infinity"), JsonValue.Create("-0"), JsonValue.Create(""),
        JsonValue.Create("openai"), JsonValue.Create("azure"), JsonValue.Create("nvidia"), JsonValue.Create("open-coalition"),
        JsonValue.Create("vertical"), JsonValue.Create("credits"), JsonValue.Create("empire"), JsonValue.Create("lab-entry"),
        JsonValue.Create("2025-02"), JsonValue.Create("Ünïcode ☃"), JsonValue.Create(true), JsonValue.Create(false), null,
        new JsonObject(), new JsonArray(), new JsonObject { ["value"] = 1 },
    ];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Load_RandomMutations_CleanLoadOrInputExceptionOnly()
    {
        var random = new RandomStream(20251128);
        var path = _temp.PathOf("mutant.json");
        int loaded = 0, rejected = 0;
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var text = Mutate(random);

            File.WriteAllText(path, text, new UTF8Encoding(false));
            try
            {
                ScenarioLoader.Load(path, [], ScenarioFixture.Schema);
                loaded++;
            }
            catch (InputException e)
            {
                rejected++;
                Assert.NotEmpty(e.Errors);
                foreach (var error in e.Errors)
                {
                    Assert.True(error.File == path && error.Line is not null, $"iteration {iteration}: error without file and line: {error}\n{text}");
                    Assert.False(string.IsNullOrWhiteSpace(error.Message));
                }
            }
            catch (Exception e)
            {
                Assert.Fail($"iteration {iteration}: {e.GetType().Name}: {e.Message}\n{e.StackTrace}\n--- document ---\n{text}");
            }
        }

        // The mix must exercise both outcomes, or it tests nothing.
        Assert.True(loaded > Iterations / 50, $"only {loaded} clean loads");
        Assert.True(rejected > Iterations / 2, $"only {rejected} rejections");
    }

    private static string Mutate(RandomStream random)
    {
        if (random.NextBernoulli(0.1))
            return MutateText(ScenarioFixture.Valid, random);
        var root = JsonNode.Parse(ScenarioFixture.Valid)!;
        var count = 1 + random.NextIndex(4);
        for (var i = 0; i < count; i++)
            root = MutateTree(root, random);
        return root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }

    private static string MutateText(string text, RandomStream random)
    {
        var at = random.NextIndex(text.Length);
        return random.NextIndex(3) switch
        {
            0 => text[..at],
            1 => text.Remove(at, 1),
            _ => text.Insert(at, "{}[],:\"x0-".AsSpan(random.NextIndex(10), 1).ToString()),
        };
    }

    private static JsonNode MutateTree(JsonNode root, RandomStream random)
    {
        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        var target = nodes[random.NextIndex(nodes.Count)];
        var parent = target.Parent;
        if (parent is null)
            return root;

        switch (random.NextIndex(9))
        {
            case 0:
                Remove(target);
                break;
            case 1:
            case 2:
                Replace(target, Extremes[random.NextIndex(Extremes.Length)]?.DeepClone());
                break;
            case 3:
                // Wrong nesting: the value wrapped in an array or an object.
                Replace(target, random.NextBernoulli(0.5) ? new JsonArray(target.DeepClone()) : new JsonObject { ["value"] = target.DeepClone() });
                break;
            case 4:
                // Huge array: the value repeated many times (a list of labs, events, ids...).
                var huge = new JsonArray();
                var size = random.NextBernoulli(0.8) ? 101 : 400;
                for (var i = 0; i < size; i++)
                    huge.Add(target.DeepClone());
                Replace(target, huge);
                break;
            case 5 when parent is JsonObject obj:
                // A misspelt field name.
                var name = target.GetPropertyName();
                obj.Remove(name);
                obj[name + "x"] = target;
                break;
            case 6 when parent is JsonArray array:
                array.Add(target.DeepClone());
                break;
            case 7:
                // Another value taken from elsewhere in the document: ids in the wrong places, objects swapped.
                Replace(target, nodes[random.NextIndex(nodes.Count)].DeepClone());
                break;
            default:
                // A number scaled: slightly (often still valid), negated, or blown up.
                if (target is JsonValue value && value.TryGetValue<double>(out var number))
                {
                    var factor = random.NextIndex(3) switch { 0 => -1, 1 => 1e6, _ => 0.9 + (0.2 * random.NextUnit()) };
                    Replace(target, JsonValue.Create(number * factor));
                }
                else
                {
                    Remove(target);
                }

                break;
        }

        return root;
    }

    private static void Collect(JsonNode? node, List<JsonNode> nodes)
    {
        if (node is null)
            return;
        nodes.Add(node);
        if (node is JsonObject obj)
        {
            foreach (var (_, child) in obj)
                Collect(child, nodes);
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array)
                Collect(child, nodes);
        }
    }

    private static void Remove(JsonNode target)
    {
        switch (target.Parent)
        {
            case JsonObject obj:
                obj.Remove(target.GetPropertyName());
                break;
            case JsonArray array:
                array.RemoveAt(target.GetElementIndex());
                break;
        }
    }

    private static void Replace(JsonNode target, JsonNode? value)
    {
        switch (target.Parent)
        {
            case JsonObject obj:
                obj[target.GetPropertyName()] = value;
                break;
            case JsonArray array:
                array[target.GetElementIndex()] = value;
                break;
        }
    }

    [Fact]
    public void Extremes_AreDistinctValues() =>
        Assert.Equal(Extremes.Length, Extremes.Select(e => e?.ToJsonString() ?? "null").Distinct(StringComparer.Ordinal).Count());
}
