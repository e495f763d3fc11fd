using System.Text.Json;
using System.Text.Json.Nodes;
using MarketSim.Market.Parameters;
using MarketSim.Scenarios;

namespace MarketSim.Experiments.Sweeps;

/// <summary>
/// Turns design points into scenarios without touching the disk: the resolved base scenario is
/// parsed once; a point's values are written into a clone of it and the clone is bound once.
/// </summary>
internal sealed class SweepScenarios
{
    private readonly JsonObject _base;
    private readonly ParameterPath[] _paths;
    private readonly IReadOnlyList<SweepParameter> _parameters;

    public SweepScenarios(SweepSpec spec)
    {
        _base = spec.BaseScenario;
        _parameters = spec.Space.Parameters;
        _paths = _parameters.Select(p => ParameterPath.Parse(p.Path)).ToArray();
    }

    /// <summary>The base scenario with every parameter set to the point's values.</summary>
    public JsonObject Document(IReadOnlyList<double> point)
    {
        var root = (JsonObject)_base.DeepClone();
        for (var j = 0; j < _paths.Length; j++)
            _paths[j].Set(root, Value(j, point[j]), allowNewProperty: false);
        return root;
    }

    /// <summary>The base scenario with parameter <paramref name="index"/> set to <paramref name="value"/>.</summary>
    public JsonObject Document(int index, double value)
    {
        var root = (JsonObject)_base.DeepClone();
        _paths[index].Set(root, Value(index, value), allowNewProperty: false);
        return root;
    }

    /// <summary>The bound scenario of a design point.</summary>
    /// <exception cref="InputException">The point's scenario does not bind.</exception>
    public ScenarioParameters Bind(IReadOnlyList<double> point, int pointIndex)
    {
        var root = Document(point);
        try
        {
            return root.Deserialize<ScenarioParameters>(ScenarioBinder.Options)
                ?? throw new JsonException("the scenario is null");
        }
        catch (JsonException e)
        {
            throw new InputException(new InputError("design point " + pointIndex.ToString(System.Globalization.CultureInfo.InvariantCulture),
                e.Path, null, "the scenario of this design point is invalid: " + e.Message));
        }
    }

    /// <summary>
    /// Every problem of <paramref name="root"/> as a scenario (schema, binding, semantic rules), located in
    /// <paramref name="located"/>'s files.
    /// </summary>
    public static IReadOnlyList<InputError> Check(ResolvedDocument located, ScenarioSchema schema, JsonNode? root)
    {
        // The same checks as ScenarioLoader: schema, binding, semantic rules.
        var document = new ResolvedDocument(located.File, root, located.Origins, located.Files);
        var errors = schema.Validate(document);
        if (errors.Count > 0)
            return errors;
        try
        {
            return ScenarioValidator.Validate(ScenarioBinder.Bind<ScenarioParameters>(document), document);
        }
        catch (InputException e)
        {
            return e.Errors;
        }
    }

    private JsonValue Value(int index, double value) => ParameterEntryCheck.Json(_parameters[index].Distribution, value);
}
