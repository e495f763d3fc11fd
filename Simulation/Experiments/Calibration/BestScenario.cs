using System.Text.Json;
using System.Text.Json.Nodes;
using MarketSim.Scenarios;

namespace MarketSim.Experiments.Calibration;

/// <summary>
/// best.json: a scenario that <c>extends</c> the base and sets every fitted parameter (and the calibration's
/// fixed overrides) at its JSON path, in the merge syntax of <c>extends</c> (array items by id or name), so it
/// runs as it is.
/// </summary>
public static class BestScenario
{
    /// <summary>The file name.</summary>
    public const string FileName = "best.json";

    /// <summary>The document, with paths relative to <paramref name="directory"/> (where it will live).</summary>
    public static JsonObject Build(CalibrationSpec spec, IReadOnlyList<string> fixedPaths, IReadOnlyList<double> values, string directory)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(fixedPaths);
        ArgumentNullException.ThrowIfNull(values);
        var root = new JsonObject();
        var schema = Path.Combine(Path.GetDirectoryName(spec.BasePath) ?? ".", ScenarioLoader.SchemaFileName);
        if (File.Exists(schema))
            root["$schema"] = Relative(directory, schema);
        root["extends"] = Relative(directory, spec.BasePath);
        root["name"] = spec.Name + "-best";
        root["description"] = $"The best candidate of calibration '{spec.Name}' (lowest loss); written by ./run.sh calibrate.";
        foreach (var path in fixedPaths)
        {
            var parsed = ParameterPath.Parse(path);
            Put(root, spec.BaseScenario, parsed, parsed.Get(spec.BaseScenario)?.DeepClone());
        }

        for (var j = 0; j < values.Count; j++)
        {
            var parameter = spec.Space.Parameters[j];
            var value = values[j];
            JsonNode node = Math.Floor(value) == value && Math.Abs(value) < (1L << 53) ? JsonValue.Create((long)value) : JsonValue.Create(value);
            Put(root, spec.BaseScenario, ParameterPath.Parse(parameter.Path), node);
        }

        return root;
    }

    /// <summary>Writes <paramref name="document"/> to <paramref name="path"/>, indented, LF.</summary>
    public static void Write(JsonObject document, string path)
    {
        ArgumentNullException.ThrowIfNull(document);
        File.WriteAllText(path, document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n") + "\n");
    }

    private static void Put(JsonObject root, JsonObject resolved, ParameterPath path, JsonNode? value)
    {
        JsonNode current = root;
        JsonNode? source = resolved;
        var steps = path.Steps;
        for (var i = 0; i < steps.Count; i++)
        {
            var last = i == steps.Count - 1;
            switch (steps[i])
            {
                case PropertyStep property:
                    var obj = (JsonObject)current;
                    source = source?[property.Name];
                    if (last)
                    {
                        obj[property.Name] = value;
                        return;
                    }

                    if (obj[property.Name] is not { } child)
                    {
                        // The next step decides the container: a selector or index needs an array.
                        child = steps[i + 1] is PropertyStep ? new JsonObject() : steps[i + 1] is IndexStep ? source!.DeepClone() : new JsonArray();
                        obj[property.Name] = child;
                    }

                    current = child;
                    break;
                case SelectorStep selector:
                    var array = (JsonArray)current;
                    source = (source as JsonArray)?.FirstOrDefault(item => item?[selector.Key]?.GetValue<string>() == selector.Value);
                    var item = array.FirstOrDefault(node => node?[selector.Key]?.GetValue<string>() == selector.Value);
                    if (item is null)
                    {
                        item = new JsonObject { [selector.Key] = selector.Value };
                        array.Add(item);
                    }

                    current = item;
                    break;
                case IndexStep index:
                    // An item by position cannot be merged: the whole array (copied from the base) replaces the parent's.
                    source = (source as JsonArray)?[index.Index];
                    if (last)
                    {
                        ((JsonArray)current)[index.Index] = value;
                        return;
                    }

                    current = ((JsonArray)current)[index.Index]!;
                    break;
            }
        }
    }

    private static string Relative(string directory, string path) => Path.GetRelativePath(Path.GetFullPath(directory), path).Replace('\\', '/');
}
