using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MarketSim.Engine;
using MarketSim.Experiments.Sweeps;
using MarketSim.Market;
using MarketSim.Market.Parameters;
using MarketSim.Scenarios;

namespace MarketSim.Experiments;

/// <summary>
/// The scenario each replication of a run runs (docs/model.md 3.3.17): the run's scenario itself, or, when it has an
/// <c>uncertainty</c> section, the scenario with that replication's draw of every uncertain parameter written in. A
/// draw comes from a stream of replication r's seed named for its entry, so it depends on the run seed, r and the entry
/// alone: not on the replication count, the thread count, the batch, or which other parameters are uncertain.
/// </summary>
public sealed class ReplicationScenarios
{
    private const string StreamPrefix = "uncertainty:";

    private readonly JsonObject? _document;
    private readonly ParameterPath[][] _paths;
    private readonly int[] _entries;

    private ReplicationScenarios(ScenarioParameters run, JsonObject? document, IReadOnlyList<SweepParameter> uncertain, ParameterPath[][] paths, int[] entries)
    {
        Run = run;
        _document = document;
        Uncertain = uncertain;
        _paths = paths;
        _entries = entries;
    }

    /// <summary>The run's scenario: its seed, horizon and replication count, and every value that is not drawn.</summary>
    public ScenarioParameters Run { get; }

    /// <summary>
    /// The parameters each replication draws, in the section's order (empty when none are); an entry with several
    /// <c>paths</c> is one parameter named by its paths joined with "; ", whose one draw is written to each.
    /// </summary>
    public IReadOnlyList<SweepParameter> Uncertain { get; }

    /// <summary>Every replication runs <paramref name="scenario"/> as it is.</summary>
    public static ReplicationScenarios Fixed(ScenarioParameters scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return new ReplicationScenarios(scenario, null, [], [], []);
    }

    /// <summary>
    /// The replications of a loaded scenario. Checks its <c>uncertainty</c> section against the resolved scenario as a
    /// sweep checks its parameters (a path that resolves, is read by the scenario's rules and holds a number; a valid
    /// distribution; a valid scenario at each parameter's lowest and highest value), each error at its file and line.
    /// A listed path that <paramref name="overrides"/> also set is refused (the draw would override it).
    /// </summary>
    /// <exception cref="InputException">Every problem of the section.</exception>
    public static ReplicationScenarios Of(LoadedScenario loaded, IReadOnlyList<string> overrides)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentNullException.ThrowIfNull(overrides);
        if (loaded.Parameters.Uncertainty is not { } section)
            return Fixed(loaded.Parameters);

        var root = (JsonObject)JsonNode.Parse(loaded.ResolvedJson)!;
        var errors = new ErrorCollector(loaded.Document);
        // Overridden paths, to refuse: a value set on the command line would be drawn over, and a rerun from the manifest,
        // which holds the resolved scenario without the command line, could not tell it was meant to be fixed.
        var setPaths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var text in overrides)
        {
            if (ParameterPath.TryParse(ScenarioOverrides.PathOf(text), out var set, out _))
                setPaths[JsonPathOf(set, root)] = set.Text;
        }

        var setErrors = new List<InputError>();

        var uncertain = new List<SweepParameter>();
        var paths = new List<ParameterPath[]>();
        var entries = new List<int>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < section.Parameters.Count; i++)
        {
            var entry = section.Parameters[i];
            var at = $"$.uncertainty.parameters[{i}]";
            var distribution = ParameterEntryCheck.Distribution(entry.Distribution, at + ".distribution", errors);
            if (distribution?.Labels is not null)
                errors.Error(at + ".distribution", "an uncertain parameter is a number; categories are for sweeps");
            if ((entry.Path is null) == (entry.Paths is null))
            {
                errors.Error(at, "give either path (one field) or paths (fields that take one common draw)");
                continue;
            }

            var texts = entry.Path is { } one ? [one] : entry.Paths!;
            var field = entry.Path is null ? ".paths[{0}]" : ".path";
            var drawn = new List<ParameterPath>();
            for (var k = 0; k < texts.Count; k++)
            {
                var pathAt = at + string.Format(CultureInfo.InvariantCulture, field, k);
                if (!ParameterEntryCheck.Path(texts[k], distribution, root, "the scenario", pathAt, at + ".distribution", errors))
                    continue;
                var path = ParameterPath.Parse(texts[k]);
                var jsonPath = JsonPathOf(path, root);
                if (seen.TryGetValue(jsonPath, out var other))
                {
                    errors.Error(pathAt, $"'{texts[k]}' is in uncertain parameter {other} already");
                    continue;
                }

                seen[jsonPath] = i;
                if (setPaths.TryGetValue(jsonPath, out var setText))
                {
                    setErrors.Add(new InputError(ScenarioOverrides.Source, null, null,
                        $"'{setText}' is drawn per replication by uncertainty.parameters[{i}] of the scenario, so a value set here would be drawn over; "
                        + "to fix it, remove it from that section (in a file that extends the scenario), or switch the section off with --set uncertainty=null"));
                }

                drawn.Add(path);
            }

            if (distribution is null || drawn.Count == 0)
                continue;
            uncertain.Add(new SweepParameter(string.Join("; ", texts), distribution));
            paths.Add([.. drawn]);
            entries.Add(i);
        }

        if (errors.HasErrors || setErrors.Count > 0)
            throw new InputException([.. setErrors, .. errors.Errors]);
        var scenarios = new ReplicationScenarios(loaded.Parameters, root, uncertain, [.. paths], [.. entries]);
        scenarios.CheckExtremes(loaded.Document, errors);
        errors.ThrowIfAny();
        return scenarios;
    }

    /// <summary>The same draws for another run of the scenario: a new seed, horizon or replication count (the command's options).</summary>
    public ReplicationScenarios WithRun(ScenarioParameters run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new ReplicationScenarios(run, _document, Uncertain, _paths, _entries);
    }

    /// <summary>Replication <paramref name="replication"/>'s value of each uncertain parameter, in <see cref="Uncertain"/>'s order.</summary>
    public double[] Values(int replication)
    {
        var streams = new RandomStreams(MarketRunner.ReplicationSeed(Run.Seed, replication));
        var values = new double[Uncertain.Count];
        for (var j = 0; j < values.Length; j++)
            values[j] = Uncertain[j].Distribution.FromUnit(streams.Get(StreamPrefix + Uncertain[j].Path).NextUnit());
        return values;
    }

    /// <summary>The scenario replication <paramref name="replication"/> runs.</summary>
    /// <exception cref="InputException">The drawn values make the scenario invalid.</exception>
    public ScenarioParameters For(int replication)
    {
        if (_document is null || Uncertain.Count == 0)
            return Run;
        var bound = Bind(Values(replication), $"replication {replication}");
        return bound with { Seed = Run.Seed, Ticks = Run.Ticks, Replications = Run.Replications };
    }

    private ScenarioParameters Bind(double[] values, string what)
    {
        var root = Document(values);
        try
        {
            return root.Deserialize<ScenarioParameters>(ScenarioBinder.Options) ?? throw new JsonException("the scenario is null");
        }
        catch (JsonException e)
        {
            throw new InputException(new InputError(what, e.Path, null, "the scenario with this replication's uncertain parameters is invalid: " + e.Message));
        }
    }

    private JsonObject Document(double[] values)
    {
        JsonObject root;
        // Replications bind from their own threads, and a parsed JsonObject builds its children on first access.
        lock (_document!)
            root = (JsonObject)_document.DeepClone();
        for (var j = 0; j < _paths.Length; j++)
        {
            foreach (var path in _paths[j])
                path.Set(root, ParameterEntryCheck.Json(Uncertain[j].Distribution, values[j]), allowNewProperty: false);
        }
        return root;
    }

    // As a sweep: every parameter alone at the ends of its support, then all at their lowest and all at their highest,
    // so a range that leaves the field's bounds or breaks a cross-field rule is refused before anything runs.
    private void CheckExtremes(ResolvedDocument located, ErrorCollector errors)
    {
        var schema = ScenarioSchema.Load(ScenarioLoader.FindSchema(located.File, located.Root));
        var low = Uncertain.Select(p => p.Distribution.FromUnit(0)).ToArray();
        var high = Uncertain.Select(p => p.Distribution.FromUnit(1)).ToArray();
        var middle = Uncertain.Select(p => p.Distribution.FromUnit(0.5)).ToArray();
        for (var j = 0; j < Uncertain.Count; j++)
        {
            foreach (var end in new[] { low[j], high[j] }.Distinct())
            {
                var values = (double[])middle.Clone();
                values[j] = end;
                foreach (var error in SweepScenarios.Check(located, schema, Document(values)))
                    errors.Error(AtOf(j), $"value {Uncertain[j].Distribution.Label(end)} of '{Uncertain[j].Path}' gives an invalid scenario: {error}");
            }
        }

        if (errors.HasErrors || Uncertain.Count < 2)
            return;
        foreach (var (corner, name) in new[] { (low, "lowest"), (high, "highest") })
        {
            foreach (var error in SweepScenarios.Check(located, schema, Document(corner)))
                errors.Error("$.uncertainty.parameters", $"every uncertain parameter at its {name} value gives an invalid scenario: {error}");
        }
    }

    private string AtOf(int j) => $"$.uncertainty.parameters[{_entries[j]}].distribution";

    private static string JsonPathOf(ParameterPath path, JsonObject root)
    {
        try
        {
            return path.ToJsonPath(root);
        }
        catch (ParameterPathException)
        {
            return path.Text;
        }
    }
}
