using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MarketSim.Scenarios;

namespace MarketSim.Experiments.Sweeps;

/// <summary>
/// Loads a sweep file: parse (comments and trailing commas allowed), check against
/// <c>sweep.schema.json</c>, bind, then check every parameter path against the base scenario, every
/// distribution, metric and design setting, and finally that the extreme values of every parameter
/// (and the all-low and all-high corners) still give a valid scenario. Every problem is reported at
/// once, with the sweep file's line.
/// </summary>
public static class SweepLoader
{
    /// <summary>The schema's file name.</summary>
    public const string SchemaFileName = "sweep.schema.json";

    // Pre-specified first; the after-the-fact comparison only when the sweep measures nothing else.
    private static readonly string[] DefaultPrimMetrics = ["racetrack_advantage_lab_index", "racetrack_advantage_hindsight_best"];

    /// <summary>Loads and checks a sweep file.</summary>
    /// <exception cref="InputException">Every error found, each with file, JSON path and line.</exception>
    public static SweepSpec Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var document = ResolvedDocument.Load(path);
        var errors = new ErrorCollector(document);
        if (FindSchema(path, document.Root) is { } schemaPath)
        {
            errors.AddRange(ScenarioSchema.Load(schemaPath).Validate(document));
            errors.ThrowIfAny();
        }

        var file = ScenarioBinder.Bind<SweepFile>(document);
        var scenario = LoadBase(path, file, document, errors);
        errors.ThrowIfAny();
        var root = (JsonObject)scenario.Document.Root!;

        var parameters = ReadParameters(file, root, errors);
        var metrics = ReadMetrics(file, root, errors);
        var prim = ReadPrim(file, metrics, errors);
        var (kind, samples, levels, trajectories) = ReadDesign(file.Design, document, errors);
        errors.Require(file.Replications >= 1, "$.replications", "must be at least 1");
        errors.ThrowIfAny();

        var baseScenario = (JsonObject)root.DeepClone();
        baseScenario.Remove("$schema");
        baseScenario.Remove("extends");
        var spec = new SweepSpec(file.Name, file.Description ?? string.Empty, baseScenario, new ParameterSpace(parameters),
            kind!.Value, samples, levels, trajectories, file.Replications, file.Seed, metrics, prim);
        SweepDesign design;
        try
        {
            design = spec.BuildDesign();
        }
        catch (ArgumentException e)
        {
            throw new InputException(document.ErrorAt("$.design", FirstSentence(e.Message)));
        }

        CheckExtremes(spec, design, scenario, errors);
        errors.ThrowIfAny();
        return spec;
    }

    /// <summary>The schema for a file of this kind (<see cref="SchemaLocator.Find"/>).</summary>
    public static string? FindSchema(string path, JsonNode? root) => SchemaLocator.Find(path, root, SchemaFileName);

    internal static BaseScenario LoadBase(string sweepPath, SweepFile file, ResolvedDocument document, ErrorCollector errors)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(sweepPath)) ?? Environment.CurrentDirectory;
        if (file.Base.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
            throw new InputException(document.ErrorAt("$.base", "expected a file path relative to the sweep file, such as \"../baseline-2025.json\""));
        var full = Path.GetFullPath(Path.Combine(folder, file.Base));
        if (!File.Exists(full))
        {
            throw new InputException(document.ErrorAt("$.base", $"base scenario '{file.Base}' not found (looked for {full})"));
        }

        var display = Path.IsPathRooted(sweepPath) ? full : Path.GetRelativePath(Environment.CurrentDirectory, full);
        var located = ResolvedDocument.Load(display);
        if (located.Root is not JsonObject)
            throw new InputException(document.ErrorAt("$.base", $"base scenario '{file.Base}' is not a JSON object"));

        // Fixed overrides one at a time first, so a bad one points at its own line of the sweep file.
        var set = file.Set ?? [];
        for (var i = 0; i < set.Count; i++)
        {
            foreach (var error in ScenarioOverrides.Apply(located, [set[i]]))
                errors.Error($"$.set[{i}]", error.Message);
        }

        var overrides = new List<string>(set);
        if (file.Ticks is { } ticks)
        {
            errors.Require(ticks >= 1, "$.ticks", "must be at least 1");
            overrides.Add("ticks=" + ticks.ToString(CultureInfo.InvariantCulture));
        }

        if (file.Customers is { } customers)
        {
            errors.Require(customers >= 1, "$.customers", "must be at least 1");
            overrides.Add("customers.count=" + customers.ToString(CultureInfo.InvariantCulture));
        }

        errors.ThrowIfAny();
        var schema = ScenarioSchema.Load(ScenarioLoader.FindSchema(display, located.Root));
        LoadedScenario loaded;
        try
        {
            loaded = ScenarioLoader.Load(display, overrides, schema);
        }
        catch (InputException e)
        {
            foreach (var error in e.Errors)
                errors.Error("$.base", $"the base scenario (with set, ticks and customers) is invalid: {error}");
            throw new InputException([.. errors.Errors]);
        }

        // A sweep or calibration sets its parameters itself; drawing others per replication would blur what it measures.
        if (loaded.Parameters.Uncertainty is not null)
        {
            errors.Error("$.base", $"the base scenario '{file.Base}' has an uncertainty section, whose draws per replication would mix with the design's own values; "
                + "remove it with \"set\": [\"uncertainty=null\"], or vary those parameters in this file");
            throw new InputException([.. errors.Errors]);
        }

        // The resolved document has every default filled in; errors keep pointing at the base files' lines.
        var root = (JsonObject)JsonNode.Parse(loaded.ResolvedJson)!;
        return new BaseScenario(new ResolvedDocument(display, root, located.Origins, located.Files), schema);
    }

    internal static List<SweepParameter> ReadParameters(SweepFile file, JsonObject root, ErrorCollector errors)
    {
        var parameters = new List<SweepParameter>();
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        errors.Require(file.Parameters.Count > 0, "$.parameters", "a sweep needs at least one parameter");
        for (var i = 0; i < file.Parameters.Count; i++)
        {
            var entry = file.Parameters[i];
            var at = $"$.parameters[{i}]";
            ParameterDistribution? distribution = null;
            if ((entry.Values is null) == (entry.Distribution is null))
            {
                errors.Error(at, "give either values or distribution");
            }
            else if (entry.Values is { } values)
            {
                distribution = ReadValues(values, at + ".values", errors);
            }
            else
            {
                distribution = ParameterEntryCheck.Distribution(entry.Distribution!, at + ".distribution", errors);
            }

            if (!ParameterEntryCheck.Path(entry.Path, distribution, root, "the base scenario", at + ".path", at + ".values", errors))
                continue;

            var column = SweepColumns.SnakeCase(entry.Path);
            if (columns.TryGetValue(column, out var other))
            {
                errors.Error(at + ".path", $"'{entry.Path}' repeats parameter {other} (column {column})");
                continue;
            }

            columns[column] = i;
            if (distribution is not null)
                parameters.Add(new SweepParameter(entry.Path, distribution));
        }

        return parameters;
    }

    private static ParameterDistribution? ReadValues(IReadOnlyList<JsonElement> values, string at, ErrorCollector errors)
    {
        if (values.Count == 0)
        {
            errors.Error(at, "needs at least one value");
            return null;
        }

        try
        {
            if (values.All(v => v.ValueKind == JsonValueKind.Number))
                return ParameterDistribution.Discrete(values.Select(v => v.GetDouble()));
            if (values.All(v => v.ValueKind == JsonValueKind.String))
                return ParameterDistribution.Categorical(values.Select(v => v.GetString()!));
        }
        catch (ArgumentException e)
        {
            errors.Error(at, FirstSentence(e.Message));
            return null;
        }

        errors.Error(at, "values must be all numbers or all strings");
        return null;
    }

    private static List<SweepMetric> ReadMetrics(SweepFile file, JsonObject root, ErrorCollector errors)
    {
        var investors = (root["investors"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(i => (Id: (string?)i["id"], Strategy: (string?)i["strategy"])).ToList();
        var metrics = new List<SweepMetric>();
        errors.Require(file.Metrics.Count > 0, "$.metrics", "a sweep needs at least one metric");
        for (var i = 0; i < file.Metrics.Count; i++)
        {
            var at = $"$.metrics[{i}]";
            if (!SweepMetric.TryParse(file.Metrics[i], out var metric, out var error))
            {
                errors.Error(at, error);
                continue;
            }

            if (metrics.Any(m => m.Column == metric.Column))
            {
                errors.Error(at, $"metric '{metric.Name}' is listed twice");
                continue;
            }

            if (metric.InvestorId is { } id && !investors.Any(v => v.Id == id))
                errors.Error(at, $"no investor '{id}' in the base scenario; investors are: {string.Join(", ", investors.Select(v => v.Id))}");
            if (metric.NeedsRacetrack && !investors.Any(v => v.Strategy == "racetrack"))
                errors.Error(at, $"'{metric.Name}' needs an investor with strategy racetrack in the base scenario");
            if (metric.NeedsLabIndex && !investors.Any(v => v.Strategy == "lab-index"))
                errors.Error(at, $"'{metric.Name}' needs an investor with strategy lab-index in the base scenario");
            if (metric.NeedsSingleLab && !investors.Any(v => v.Strategy == "single-lab"))
                errors.Error(at, $"'{metric.Name}' needs at least one investor with strategy single-lab in the base scenario");
            metrics.Add(metric);
        }

        return metrics;
    }

    private static SweepPrim? ReadPrim(SweepFile file, List<SweepMetric> metrics, ErrorCollector errors)
    {
        if (file.Prim is not { } prim)
        {
            var fallback = DefaultPrimMetrics.Select(name => metrics.FirstOrDefault(m => m.Name == name)).FirstOrDefault(m => m is not null);
            return fallback is null ? null : new SweepPrim(fallback, 0, Below: true, Density: 0.8);
        }

        var metric = metrics.FirstOrDefault(m => m.Name == prim.Metric);
        errors.Require(metric is not null, "$.prim.metric", $"'{prim.Metric}' is not one of the sweep's metrics ({string.Join(", ", metrics.Select(m => m.Name))})");
        errors.Require(prim.Direction is "below" or "above", "$.prim.direction", $"expected below or above, got '{prim.Direction}'");
        var density = prim.Density ?? 0.8;
        errors.Require(density is >= 0 and <= 1, "$.prim.density", "must lie in [0, 1]");
        errors.Require(double.IsFinite(prim.Threshold), "$.prim.threshold", "must be a finite number");
        return metric is null ? null : new SweepPrim(metric, prim.Threshold, prim.Direction == "below", density);
    }

    private static (SweepDesignKind? Kind, int Samples, int Levels, int Trajectories) ReadDesign(SweepFileDesign design,
        ResolvedDocument document, ErrorCollector errors)
    {
        var kind = SweepPlan.ParseKind(design.Kind);
        if (kind is null)
        {
            errors.Error("$.design.kind", $"expected grid, lhs, sobol or morris, got '{design.Kind}'");
            return (null, 0, 0, 0);
        }

        void Unused(int? value, string field)
        {
            if (value is not null)
                errors.Error("$.design." + field, $"{field} is not used by a {design.Kind} design");
        }

        switch (kind)
        {
            case SweepDesignKind.Grid:
                Unused(design.Samples, "samples");
                Unused(design.Trajectories, "trajectories");
                errors.Require(design.Levels is null or >= 1, "$.design.levels", "must be at least 1");
                return (kind, 0, design.Levels ?? 5, 0);
            case SweepDesignKind.LatinHypercube:
            case SweepDesignKind.Sobol:
                Unused(design.Levels, "levels");
                Unused(design.Trajectories, "trajectories");
                var minimum = kind == SweepDesignKind.Sobol ? 2 : 1;
                errors.Require(design.Samples is not null, "$.design", $"a {design.Kind} design needs samples");
                errors.Require(design.Samples is null || design.Samples >= minimum, "$.design.samples", $"must be at least {minimum}");
                return (kind, design.Samples ?? 0, 0, 0);
            default:
                Unused(design.Samples, "samples");
                errors.Require(design.Trajectories is null or >= 1, "$.design.trajectories", "must be at least 1");
                errors.Require(design.Levels is null or >= 2 && design.Levels % 2 == 0, "$.design.levels", "must be even and at least 2");
                return (kind, 0, design.Levels ?? 4, design.Trajectories ?? 10);
        }
    }

    /// <summary>
    /// Sampled values must give valid scenarios. Scenario checks are per-field ranges and cross-field
    /// rules, so each parameter's lowest and highest sampled value (every value of a discrete one) and
    /// the all-low and all-high corners are checked before any run starts.
    /// </summary>
    internal static void CheckExtremes(SweepSpec spec, SweepDesign design, BaseScenario scenario, ErrorCollector errors)
    {
        var k = spec.Space.Count;
        var low = new double[k];
        var high = new double[k];
        for (var j = 0; j < k; j++)
        {
            low[j] = design.Points.Min(p => p[j]);
            high[j] = design.Points.Max(p => p[j]);
        }

        var scenarios = new SweepScenarios(spec);
        for (var j = 0; j < k; j++)
        {
            var distribution = spec.Space.Parameters[j].Distribution;
            var candidates = distribution.Kind == DistributionKind.Discrete ? distribution.Values.ToArray() : [low[j], high[j]];
            foreach (var value in candidates.Distinct())
            {
                var root = scenarios.Document(j, value);
                foreach (var error in SweepScenarios.Check(scenario.Document, scenario.Schema, root))
                    errors.Error($"$.parameters[{j}]", $"value {spec.Space.Parameters[j].Distribution.Label(value)} of '{spec.Space.Parameters[j].Path}' gives an invalid scenario: {error}");
            }
        }

        if (errors.HasErrors || k < 2)
            return;
        foreach (var (corner, name) in new[] { (low, "lowest"), (high, "highest") })
        {
            foreach (var error in SweepScenarios.Check(scenario.Document, scenario.Schema, scenarios.Document(corner)))
                errors.Error("$.parameters", $"every parameter at its {name} value gives an invalid scenario: {error}");
        }
    }

    internal sealed record BaseScenario(ResolvedDocument Document, ScenarioSchema Schema);

    private static string FirstSentence(string message) => ParameterEntryCheck.FirstSentence(message);
}
