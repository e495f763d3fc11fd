using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MarketSim.Experiments.Backtests;
using MarketSim.Experiments.Sweeps;
using MarketSim.Market.Parameters;
using MarketSim.Scenarios;

namespace MarketSim.Experiments.Calibration;

/// <summary>
/// What a calibration fits: the observations in its loss (dated up to <c>until</c>, their period inside the
/// simulated months), the months to simulate, the series columns and the plan hash that <c>--resume</c> and
/// <c>merge</c> check.
/// </summary>
public sealed class CalibrationPlan
{
    /// <summary>The plan file written beside candidates.csv.</summary>
    public const string FileName = "calibration-plan.json";

    private CalibrationPlan(CalibrationSpec spec, ScenarioParameters baseParameters, IReadOnlyList<BacktestTarget> targets, int ticks)
    {
        Spec = spec;
        BaseParameters = baseParameters;
        Targets = targets;
        Ticks = ticks;
        Series = [.. targets.Select(t => t.Series.Name).Distinct().Order(StringComparer.Ordinal)];
        Columns = [.. spec.Space.Parameters.Select(p => SweepColumns.SnakeCase(p.Path))];
        Hash = ComputeHash();
    }

    /// <summary>The calibration.</summary>
    public CalibrationSpec Spec { get; }

    /// <summary>The bound base scenario.</summary>
    public ScenarioParameters BaseParameters { get; }

    /// <summary>The observations in the loss, in file order.</summary>
    public IReadOnlyList<BacktestTarget> Targets { get; }

    /// <summary>Months simulated per run.</summary>
    public int Ticks { get; }

    /// <summary>Series in the loss, ordered by name (the loss_* columns).</summary>
    public IReadOnlyList<string> Series { get; }

    /// <summary>Parameter columns (snake_case of each path).</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>SHA-256 of everything that determines the candidates.</summary>
    public string Hash { get; }

    /// <summary>Builds the plan of <paramref name="spec"/>.</summary>
    /// <exception cref="InputException">No observation falls in the loss.</exception>
    public static CalibrationPlan Create(CalibrationSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var parameters = spec.BaseScenario.Deserialize<ScenarioParameters>(ScenarioBinder.Options)!;
        var binding = ObservationBinding.Bind(spec.Observations, parameters);
        var window = BacktestRunner.Window(binding, parameters, new BacktestOptions(1, 1, DateOnly.MinValue, spec.Until));
        var targets = window.Scored.Where(t => spec.WeightOf(t.Series.Name) > 0).ToList();
        if (targets.Count == 0)
        {
            throw new InputException(new InputError(spec.Observations.File, null, null,
                $"no observation can enter the loss: none is dated up to {(spec.Until is { } u ? u.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "the end")} with its whole period inside the base scenario's months from {parameters.StartMonth}, a positive weight and a firm the scenario has"));
        }

        var ticks = targets.Max(t => t.Series.Window(t.First, t.Last).Last) + 1;
        return new CalibrationPlan(spec, parameters, targets, ticks);
    }

    /// <summary>Writes the plan file.</summary>
    public void WriteFile(string path)
    {
        var json = new JsonObject
        {
            ["name"] = Spec.Name,
            ["plan_hash"] = Hash,
            ["candidates"] = Spec.CandidateCount,
            ["global_candidates"] = Spec.GlobalCount,
            ["replications"] = Spec.Replications,
            ["ticks"] = Ticks,
            ["observations_in_loss"] = Targets.Count,
        };
        File.WriteAllText(path, json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }).ReplaceLineEndings("\n") + "\n");
    }

    /// <summary>The hash stored in a plan file, or null.</summary>
    public static string? StoredHash(string path)
    {
        try
        {
            return File.Exists(path) ? JsonNode.Parse(File.ReadAllBytes(path))?["plan_hash"]?.GetValue<string>() : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private string ComputeHash()
    {
        var text = new StringBuilder();
        text.Append("marketsim-calibration-2\n").Append(Spec.BaseScenario.ToJsonString()).Append('\n');
        foreach (var p in Spec.Space.Parameters)
            text.Append(p.Path).Append('=').Append(p.Distribution.ToString()).Append('\n');
        text.Append(Spec.ObservationsText).Append('\n');
        foreach (var (series, weight) in Spec.Weights)
            text.Append(series).Append(':').Append(weight.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
        foreach (var (series, bound) in Spec.Bounds)
            text.Append(series).Append(" bound ").Append(bound.ToString()).Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"{Spec.Until}|{Spec.Replications}|{Spec.Budget}|{Spec.Seed}|{Spec.Global}|{Spec.GlobalShare:R}|{Spec.Refine}|{Spec.Starts}|{Spec.Accept:R}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
