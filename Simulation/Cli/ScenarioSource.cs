using System.Text.Json.Nodes;
using MarketSim.Experiments;
using MarketSim.Scenarios;

namespace MarketSim.Cli;

/// <summary>Loads a scenario for a command: file (or a run's manifest.json), extends, overrides, validation.</summary>
internal static class ScenarioSource
{
    /// <summary>
    /// Loads <paramref name="path"/> with <paramref name="overrides"/>. A run's <c>manifest.json</c> is
    /// accepted too: its resolved scenario reproduces that run exactly.
    /// </summary>
    public static LoadedRunScenario Load(string path, IReadOnlyList<string> overrides, string command = "run")
    {
        FileKinds.Expect(path, command, FileKind.Scenario, FileKind.Manifest);
        if (Path.GetFileName(path) == Output.RunManifest.FileName && File.Exists(path))
        {
            return FromManifest(path, overrides);
        }

        var loaded = ScenarioLoader.Load(path, overrides);
        return new LoadedRunScenario(loaded.Parameters, loaded.ResolvedJson, ReplicationScenarios.Of(loaded, overrides));
    }

    private static LoadedRunScenario FromManifest(string path, IReadOnlyList<string> overrides)
    {
        Output.RunManifest manifest;
        try
        {
            manifest = Output.RunManifest.Load(path);
        }
        catch (InvalidDataException e)
        {
            throw new InputException(new InputError(path, null, null, "not a readable run manifest: " + e.Message.Replace(path + ": ", string.Empty, StringComparison.Ordinal)));
        }

        if (manifest.ResolvedScenario is null)
        {
            throw new InputException(new InputError(path, "$.resolved_scenario", null, "the manifest has no resolved scenario to rerun"));
        }

        // The manifest's own horizon and replications override the resolved scenario's, so they need its ranges too.
        if (manifest.Ticks is < 1 or > RunLimits.MaxTicks)
            throw new InputException(new InputError(path, "$.ticks", null, $"expected a whole number from 1 to {RunLimits.MaxTicks}, got {manifest.Ticks}"));
        if (manifest.Replications is < 1 or > RunLimits.MaxReplications)
            throw new InputException(new InputError(path, "$.replications", null, $"expected a whole number from 1 to {RunLimits.MaxReplications}, got {manifest.Replications}"));

        // Write the resolved scenario beside a temporary name so the normal loader validates it.
        var temp = Path.Combine(Path.GetTempPath(), $"marketsim-manifest-{Environment.ProcessId}-{Guid.NewGuid():N}.json");
        try
        {
            var scenario = (JsonObject)manifest.ResolvedScenario.DeepClone();
            scenario.Remove("$schema");
            File.WriteAllText(temp, scenario.ToJsonString());
            var loaded = ScenarioLoader.Load(temp, overrides);
            var parameters = loaded.Parameters with { Seed = manifest.Seed, Ticks = manifest.Ticks, Replications = manifest.Replications };
            return new LoadedRunScenario(parameters, loaded.ResolvedJson, ReplicationScenarios.Of(loaded, overrides).WithRun(parameters));
        }
        catch (InputException e)
        {
            throw new InputException(e.Errors.Select(x => x with { File = path }).ToList());
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
