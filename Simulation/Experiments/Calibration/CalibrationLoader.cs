using System.Globalization;
using System.Text.Json.Nodes;
using MarketSim.Experiments.Sweeps;
using MarketSim.Scenarios;
using MarketSim.Scenarios.Observations;

namespace MarketSim.Experiments.Calibration;

/// <summary>
/// Loads a calibration file: parse, check against <c>calibration.schema.json</c>, bind, load the base scenario
/// (with <c>set</c> and <c>customers</c>) and the observations, then check every parameter path, range, weight
/// and method setting, and that each parameter's extremes still give a valid scenario. Every problem is reported
/// at once with the file's line.
/// </summary>
public static class CalibrationLoader
{
    /// <summary>The schema's file name.</summary>
    public const string SchemaFileName = "calibration.schema.json";

    /// <summary>Loads and checks <paramref name="path"/>.</summary>
    /// <exception cref="InputException">Every error found, located.</exception>
    public static CalibrationSpec Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
            throw new InputException(new InputError(path, null, null, "calibration file not found"));
        var document = ResolvedDocument.Load(path);
        var errors = new ErrorCollector(document);
        if (FindSchema(path, document.Root) is { } schemaPath)
        {
            errors.AddRange(ScenarioSchema.Load(schemaPath).Validate(document));
            errors.ThrowIfAny();
        }

        var file = ScenarioBinder.Bind<CalibrationFile>(document);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var sweepFile = new SweepFile(file.Name, file.Base, file.Parameters, new SweepFileDesign("lhs", 2), file.Replications, file.Seed, [],
            Set: file.Set, Customers: file.Customers);
        var scenario = SweepLoader.LoadBase(path, sweepFile, document, errors);
        errors.ThrowIfAny();
        var root = (JsonObject)scenario.Document.Root!;
        var parameters = SweepLoader.ReadParameters(sweepFile, root, errors);
        for (var i = 0; i < file.Parameters.Count; i++)
        {
            if (file.Parameters[i].Values is not null)
                errors.Error($"$.parameters[{i}].values", "a calibration fits a range: give a distribution (e.g. uniform(a,b)), not values");
        }

        ObservationSet? observations = null;
        var observationsPath = Path.Combine(folder, file.Observations);
        var display = Path.IsPathRooted(file.Observations) ? file.Observations : Path.GetRelativePath(Environment.CurrentDirectory, observationsPath);
        if (!File.Exists(observationsPath))
        {
            errors.Error("$.observations", $"observation file '{file.Observations}' not found (looked for {Path.GetFullPath(observationsPath)})");
        }
        else
        {
            try
            {
                observations = ObservationLoader.Load(display);
            }
            catch (InputException e)
            {
                errors.AddRange(e.Errors);
            }
        }

        DateOnly? until = null;
        if (file.Until is { } untilText)
        {
            if (DateOnly.TryParseExact(untilText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                until = day;
            else
                errors.Error("$.until", $"expected a date yyyy-MM-dd, got '{untilText}'");
        }

        var weights = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var (series, weight) in file.Weights ?? new Dictionary<string, double>())
        {
            if (SeriesKinds.Find(series) is null)
                errors.Error($"$.weights.{series}", $"unknown series '{series}'; known series are: {string.Join(", ", SeriesKinds.Names)}");
            else if (!(weight >= 0) || !double.IsFinite(weight))
                errors.Error($"$.weights.{series}", "a weight must be a finite number of at least 0");
            else
                weights[series] = weight;
        }

        var bounds = new SortedDictionary<string, FigureBound>(StringComparer.Ordinal);
        foreach (var (series, text) in file.Bounds ?? new Dictionary<string, string>())
        {
            if (SeriesKinds.Find(series) is null)
                errors.Error($"$.bounds.{series}", $"unknown series '{series}'; known series are: {string.Join(", ", SeriesKinds.Names)}");
            else if (text switch { "point" => FigureBound.Point, "upper" => FigureBound.Upper, "lower" => FigureBound.Lower, _ => (FigureBound?)null } is { } bound)
                bounds[series] = bound;
            else
                errors.Error($"$.bounds.{series}", $"expected point, upper or lower, got '{text}'");
        }

        var method = file.Method ?? new CalibrationFileMethod();
        var global = method.Global ?? "sobol";
        errors.Require(global is "sobol" or "lhs", "$.method.global", $"expected sobol or lhs, got '{global}'");
        var refine = method.Refine ?? "nelder-mead";
        errors.Require(refine is "nelder-mead" or "none", "$.method.refine", $"expected nelder-mead or none, got '{refine}'");
        var share = method.GlobalShare ?? 0.6;
        errors.Require(share is > 0 and <= 1, "$.method.global_share", "must lie in (0, 1]");
        var starts = method.Starts ?? 2;
        errors.Require(starts >= 1, "$.method.starts", "must be at least 1");
        var accept = method.Accept ?? 0.1;
        errors.Require(accept is > 0 and <= 1, "$.method.accept", "must lie in (0, 1]");
        errors.Require(file.Replications >= 1, "$.replications", "must be at least 1");
        errors.Require(file.Budget >= file.Replications, "$.budget", $"must be at least replications ({file.Replications.ToString(CultureInfo.InvariantCulture)}): one candidate costs that many runs");
        errors.ThrowIfAny();

        var baseScenario = (JsonObject)root.DeepClone();
        baseScenario.Remove("$schema");
        baseScenario.Remove("extends");
        var space = new ParameterSpace(parameters);
        var sweepSpec = new SweepSpec(file.Name, string.Empty, baseScenario, space, SweepDesignKind.LatinHypercube, 2, 0, 0, 1, file.Seed, [], null);
        SweepLoader.CheckExtremes(sweepSpec, sweepSpec.BuildDesign(), scenario, errors);
        if (parameters.Any(p => !p.Distribution.IsBounded))
            errors.Error("$.parameters", "every fitted parameter needs a bounded range (a normal distribution needs lower and upper bounds)");
        errors.ThrowIfAny();
        return new CalibrationSpec(file.Name, file.Description ?? string.Empty, Path.GetFullPath(Path.Combine(folder, file.Base)), baseScenario,
            space, observations!, File.ReadAllText(observationsPath), until, weights, file.Replications, file.Budget, file.Seed,
            global, share, refine, starts, accept, FixedPathsOf(file), bounds);
    }

    private static List<string> FixedPathsOf(CalibrationFile file)
    {
        // A path may hold '=' inside brackets (labs[id=openai].markup), so split where the override does.
        var paths = (file.Set ?? []).Select(ScenarioOverrides.PathOf).ToList();
        if (file.Customers is not null)
            paths.Add("customers.count");
        return [.. paths.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The schema for a file of this kind (<see cref="SchemaLocator.Find"/>).</summary>
    public static string? FindSchema(string path, JsonNode? root) => SchemaLocator.Find(path, root, SchemaFileName);
}
