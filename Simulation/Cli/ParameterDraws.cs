using MarketSim.Experiments;
using MarketSim.Output;

namespace MarketSim.Cli;

/// <summary>parameters.csv: what each replication drew for the scenario's uncertain parameters (docs/model.md 3.3.17).</summary>
internal static class ParameterDraws
{
    /// <summary>Writes <c>parameters.csv</c> into <paramref name="folder"/> when the scenario draws any parameter.</summary>
    public static void Write(ReplicationScenarios scenarios, int replications, string folder)
    {
        if (scenarios.Uncertain.Count == 0)
            return;
        var rows = Enumerable.Range(0, replications).SelectMany(r =>
        {
            var values = scenarios.Values(r);
            return scenarios.Uncertain.Select((p, j) => new ParameterDrawRow { Replication = r, Path = p.Path, Value = values[j] });
        });
        CsvTable.WriteAll(Path.Combine(folder, RunData.ParametersFile), rows);
    }

    /// <summary>A console line saying what the replications draw, or null when they draw nothing.</summary>
    public static string? Describe(ReplicationScenarios scenarios) =>
        scenarios.Uncertain.Count == 0
            ? null
            : $"each replication draws {scenarios.Uncertain.Count} uncertain parameter{(scenarios.Uncertain.Count == 1 ? "" : "s")} (uncertainty section): "
              + string.Join(", ", scenarios.Uncertain.Select(p => $"{p.Path} ~ {p.Distribution}"));
}
