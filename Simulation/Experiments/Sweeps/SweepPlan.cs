using System.Globalization;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MarketSim.Experiments.Sweeps;

/// <summary>
/// The deterministic list of a sweep's runs. Run k is replication k mod R of design point k div R
/// (R replications), seeded by <see cref="SweepSeeds.RunSeed"/>. The plan hash is the SHA-256 of
/// the canonical plan (resolved base scenario, parameters, design settings and points, replications,
/// seed and seed rule, metrics, PRIM question), so shards, resumed runs and merges can prove they
/// belong to the same sweep.
/// </summary>
public sealed class SweepPlan
{
    /// <summary>Version of the plan layout (part of the hash).</summary>
    public const int Format = 1;

    /// <summary>The file name of the plan in an output folder.</summary>
    public const string FileName = "plan.json";

    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonWriterOptions Indented = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
        NewLine = "\n",
    };

    private SweepPlan(SweepSpec spec, SweepDesign design)
    {
        Spec = spec;
        Design = design;
        RunCount = (long)design.Count * spec.Replications;
        Hash = ComputeHash();
    }

    /// <summary>The sweep.</summary>
    public SweepSpec Spec { get; }

    /// <summary>The design points.</summary>
    public SweepDesign Design { get; }

    /// <summary>Number of runs: points times replications.</summary>
    public long RunCount { get; }

    /// <summary>SHA-256 of the canonical plan, lower-case hex.</summary>
    public string Hash { get; }

    /// <summary>Builds the plan of a checked sweep.</summary>
    public static SweepPlan Create(SweepSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return new SweepPlan(spec, spec.BuildDesign());
    }

    /// <summary>Design point of run <paramref name="runId"/>.</summary>
    public int PointOf(long runId) => (int)(runId / Spec.Replications);

    /// <summary>Replication of run <paramref name="runId"/> within its point.</summary>
    public int ReplicationOf(long runId) => (int)(runId % Spec.Replications);

    /// <summary>
    /// Seed of run <paramref name="runId"/>: common random numbers within each group of design points that an
    /// estimator differences (a Saltelli block, a Morris trajectory; for grid and LHS, all points), so a model's
    /// own noise does not masquerade as a parameter's effect. Still a function of the run id alone.
    /// </summary>
    public ulong RunSeed(long runId) => SweepSeeds.RunSeed(Spec.Seed, SeedGroup(PointOf(runId)), ReplicationOf(runId));

    private long SeedGroup(int point) => Spec.DesignKind switch
    {
        SweepDesignKind.Sobol => point / (Spec.Space.Count + 2),
        SweepDesignKind.Morris => point / (Spec.Space.Count + 1),
        _ => 0,
    };

    /// <summary>Writes <c>plan.json</c> (hash, sizes and the canonical plan, indented) atomically.</summary>
    public void WriteFile(string path)
    {
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var writer = new Utf8JsonWriter(stream, Indented))
        {
            writer.WriteStartObject();
            writer.WriteString("plan_hash", Hash);
            writer.WriteNumber("runs", RunCount);
            writer.WriteNumber("points", Design.Count);
            writer.WritePropertyName("plan");
            WriteCanonical(writer);
            writer.WriteEndObject();
            writer.Flush();
            stream.WriteByte((byte)'\n');
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Reads a <c>plan.json</c>, rebuilds the plan from it and checks the stored hash.</summary>
    /// <exception cref="InvalidDataException">The file is not a plan, or its hash does not match its content.</exception>
    public static SweepPlan ReadFile(string path)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not a sweep plan ({e.Message})", e);
        }

        try
        {
            var stored = root!["plan_hash"]!.GetValue<string>();
            var plan = root["plan"]!.AsObject();
            var spec = ReadSpec(plan);
            var rebuilt = Create(spec);
            if (rebuilt.Hash != stored)
                throw new InvalidDataException($"{path}: the plan does not match its hash (edited, or written by another version)");
            return rebuilt;
        }
        catch (Exception e) when (e is NullReferenceException or InvalidOperationException or FormatException
            or ArgumentException or KeyNotFoundException)
        {
            throw new InvalidDataException($"{path}: not a sweep plan ({e.Message})", e);
        }
    }

    private string ComputeHash()
    {
        using var sha = SHA256.Create();
        using (var crypto = new CryptoStream(Stream.Null, sha, CryptoStreamMode.Write, leaveOpen: true))
        using (var writer = new Utf8JsonWriter(crypto, Compact))
        {
            WriteCanonical(writer);
            writer.Flush();
            crypto.FlushFinalBlock();
        }

        return Convert.ToHexStringLower(sha.Hash!);
    }

    private void WriteCanonical(Utf8JsonWriter writer)
    {
        var spec = Spec;
        writer.WriteStartObject();
        writer.WriteNumber("format", Format);
        writer.WriteString("name", spec.Name);
        writer.WriteString("description", spec.Description);
        writer.WritePropertyName("base_scenario");
        spec.BaseScenario.WriteTo(writer);
        writer.WriteStartArray("parameters");
        foreach (var parameter in spec.Space.Parameters)
        {
            writer.WriteStartObject();
            writer.WriteString("path", parameter.Path);
            writer.WriteString("column", SweepColumns.SnakeCase(parameter.Path));
            var distribution = parameter.Distribution;
            if (distribution.Labels is { } labels)
            {
                writer.WriteStartArray("values");
                foreach (var label in labels)
                    writer.WriteStringValue(label);
                writer.WriteEndArray();
            }
            else if (distribution.Kind == DistributionKind.Discrete)
            {
                writer.WriteStartArray("values");
                foreach (var value in distribution.Values)
                    writer.WriteRawValue(Number(value));
                writer.WriteEndArray();
            }
            else
            {
                writer.WriteString("distribution", distribution.ToString());
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("design");
        writer.WriteString("kind", KindName(spec.DesignKind));
        writer.WriteNumber("samples", spec.Samples);
        writer.WriteNumber("levels", spec.Levels);
        writer.WriteNumber("trajectories", spec.Trajectories);
        writer.WriteEndObject();
        writer.WriteNumber("replications", spec.Replications);
        writer.WriteNumber("seed", spec.Seed);
        writer.WriteString("seed_rule", SweepSeeds.Rule);
        writer.WriteStartArray("metrics");
        foreach (var metric in spec.Metrics)
            writer.WriteStringValue(metric.Name);
        writer.WriteEndArray();
        if (spec.Prim is { } prim)
        {
            writer.WriteStartObject("prim");
            writer.WriteString("metric", prim.Metric.Name);
            writer.WritePropertyName("threshold");
            writer.WriteRawValue(Number(prim.Threshold));
            writer.WriteString("direction", prim.Below ? "below" : "above");
            writer.WritePropertyName("density");
            writer.WriteRawValue(Number(prim.Density));
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("prim");
        }

        writer.WriteStartArray("points");
        foreach (var point in Design.Points)
            writer.WriteRawValue("[" + string.Join(",", point.Select(Number)) + "]");
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static SweepSpec ReadSpec(JsonObject plan)
    {
        if (plan["format"]!.GetValue<int>() != Format)
            throw new FormatException($"plan format {plan["format"]} is not {Format}");
        var parameters = new List<SweepParameter>();
        foreach (var node in plan["parameters"]!.AsArray())
        {
            var path = node!["path"]!.GetValue<string>();
            ParameterDistribution distribution;
            if (node["values"] is JsonArray values)
            {
                distribution = values.Count > 0 && values[0]!.GetValueKind() == JsonValueKind.String
                    ? ParameterDistribution.Categorical(values.Select(v => v!.GetValue<string>()))
                    : ParameterDistribution.Discrete(values.Select(v => v!.GetValue<double>()));
            }
            else
            {
                distribution = ParameterDistribution.Parse(node["distribution"]!.GetValue<string>());
            }

            parameters.Add(new SweepParameter(path, distribution));
        }

        var metrics = plan["metrics"]!.AsArray().Select(m =>
            SweepMetric.TryParse(m!.GetValue<string>(), out var metric, out var error) ? metric : throw new FormatException(error)).ToArray();
        SweepPrim? prim = null;
        if (plan["prim"] is JsonObject p)
        {
            var name = p["metric"]!.GetValue<string>();
            prim = new SweepPrim(metrics.First(m => m.Name == name), p["threshold"]!.GetValue<double>(),
                p["direction"]!.GetValue<string>() == "below", p["density"]!.GetValue<double>());
        }

        var design = plan["design"]!;
        return new SweepSpec(
            plan["name"]!.GetValue<string>(),
            plan["description"]!.GetValue<string>(),
            plan["base_scenario"]!.DeepClone().AsObject(),
            new ParameterSpace(parameters),
            ParseKind(design["kind"]!.GetValue<string>()) ?? throw new FormatException("unknown design kind"),
            design["samples"]!.GetValue<int>(),
            design["levels"]!.GetValue<int>(),
            design["trajectories"]!.GetValue<int>(),
            plan["replications"]!.GetValue<int>(),
            plan["seed"]!.GetValue<ulong>(),
            metrics,
            prim);
    }

    /// <summary>The sweep-file name of a design kind: grid, lhs, sobol, morris.</summary>
    public static string KindName(SweepDesignKind kind) => kind switch
    {
        SweepDesignKind.Grid => "grid",
        SweepDesignKind.LatinHypercube => "lhs",
        SweepDesignKind.Sobol => "sobol",
        _ => "morris",
    };

    /// <summary>The design kind of a sweep-file name, or null.</summary>
    public static SweepDesignKind? ParseKind(string name) => name switch
    {
        "grid" => SweepDesignKind.Grid,
        "lhs" => SweepDesignKind.LatinHypercube,
        "sobol" => SweepDesignKind.Sobol,
        "morris" => SweepDesignKind.Morris,
        _ => null,
    };

    internal static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
