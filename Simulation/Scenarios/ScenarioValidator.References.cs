using System.Globalization;
using MarketSim.Market.Parameters;

namespace MarketSim.Scenarios;

/// <content>References between sections, repeated ids, shares that sum to 1, and message formatting.</content>
public static partial class ScenarioValidator
{
    /// <content>References between sections, repeated ids, shares that sum to 1, and message formatting.</content>
    private sealed partial class Checks : IScenarioChecks
    {
        // The checks strategies and events call for their own fields (IScenarioChecks).
        void IScenarioChecks.Report(string path, string message) => errors.Error(path, message);

        void IScenarioChecks.Lab(string id, string path, int atTick) => LabRef(id, path, atTick);

        void IScenarioChecks.EnteringLab(LabParameters lab, string path) => Lab(lab, path, entering: true);

        void IScenarioChecks.Cloud(string id, string path) => CloudRef(id, path, asKey: false);

        void IScenarioChecks.Vendor(string id, string path) => VendorRef(id, path, asKey: false);

        void IScenarioChecks.Alliance(string id, string path) => AllianceRef(id, path);

        void IScenarioChecks.NoRepeats(IReadOnlyList<string> ids, string path) => NoRepeats(ids, path);

        void IScenarioChecks.CloudAllocation(IReadOnlyDictionary<string, double> shares, string path) => CloudAllocation(shares, path);

        // A lab's, or an allocation-change event's, compute shares: every key a cloud, summing to 1.
        private void CloudAllocation(IReadOnlyDictionary<string, double> shares, string path)
        {
            foreach (var (cloud, _) in shares)
                CloudRef(cloud, JsonPaths.Property(path, cloud), asKey: true);
            SumsToOne(shares.Values, path, "cloud allocation shares");
        }

        void IScenarioChecks.Weights(IReadOnlyDictionary<string, double> weights, string path, bool infrastructureOnly) =>
            Weights(weights, path, infrastructureOnly);

        private void Tick(int tick, string path)
        {
            if (tick < 0 || tick >= scenario.Ticks)
                errors.Error(path, $"tick {I(tick)} is outside the horizon: ticks run from 0 to {I(scenario.Ticks - 1)}");
        }

        /// <summary>A lab id: an initial lab, or one entering by an event no later than <paramref name="atTick"/> (when given).</summary>
        private void LabRef(string id, string path, int? atTick)
        {
            if (_labs.Contains(id))
                return;
            if (_entering.TryGetValue(id, out var enters))
            {
                if (atTick is int tick && tick < enters)
                    errors.Error(path, $"lab '{id}' only enters at tick {I(enters)}, after tick {I(tick)}");
                return;
            }

            errors.Error(path, $"no lab has id '{id}'; lab ids are: {List(_labs.Concat(_entering.Keys))}");
        }

        private void CloudRef(string id, string path, bool asKey)
        {
            if (!_clouds.Contains(id))
                errors.Error(path, $"no cloud has id '{id}'{(asKey ? " (used as a key here)" : string.Empty)}; cloud ids are: {List(_clouds)}");
        }

        private void VendorRef(string id, string path, bool asKey)
        {
            if (!_vendors.Contains(id))
                errors.Error(path, $"no vendor has id '{id}'{(asKey ? " (used as a key here)" : string.Empty)}; vendor ids are: {List(_vendors)}");
        }

        private void AllianceRef(string id, string path)
        {
            if (!_alliances.Contains(id))
                errors.Error(path, $"no alliance has id '{id}'; alliance ids are: {List(_alliances)}");
        }

        /// <summary>An id list names each id once.</summary>
        private void NoRepeats(IReadOnlyList<string> ids, string path)
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var j = 0; j < ids.Count; j++)
            {
                if (!seen.TryAdd(ids[j], j))
                    errors.Error($"{path}[{I(j)}]", $"'{ids[j]}' is listed twice (also at index {I(seen[ids[j]])})");
            }
        }

        private void SumsToOne(IEnumerable<double> shares, string path, string what)
        {
            // Summed in document order, so the reported total is reproducible.
            var total = 0.0;
            foreach (var share in shares)
                total += share;
            if (!(Math.Abs(total - 1.0) <= ShareTolerance))
                errors.Error(path, $"{what} must sum to 1 (within {F(ShareTolerance)}), but sum to {F(total)}");
        }

        private static string List(IEnumerable<string> ids)
        {
            var all = ids.ToList();
            if (all.Count == 0)
                return "(none)";
            var shown = string.Join(", ", all.Take(ListedIds));
            return all.Count > ListedIds ? shown + $", ... ({I(all.Count)} in all)" : shown;
        }

        private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static string F(double value) =>
            value.ToString(Math.Abs(value) < 1e15 ? "0.#########" : "G6", CultureInfo.InvariantCulture);
    }
}
