using MarketSim.Market.Parameters;

namespace MarketSim.Scenarios;

/// <content>Alliances: members, kind-specific fields, commitments and investments.</content>
public static partial class ScenarioValidator
{
    /// <content>Alliances: members, kind-specific fields, commitments and investments.</content>
    private sealed partial class Checks
    {
        private void Alliances()
        {
            var paths = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < scenario.Alliances.Count; i++)
            {
                var alliance = scenario.Alliances[i];
                var path = $"$.alliances[{I(i)}]";
                if (paths.TryAdd(alliance.Id, path))
                    _alliances.Add(alliance.Id);
                else
                    errors.Error(path + ".id", $"alliance id '{alliance.Id}' is already used by {paths[alliance.Id]}");
                Alliance(alliance, path);
            }
        }

        private void Alliance(AllianceParameters alliance, string path)
        {
            Tick(alliance.StartTick, path + ".start_tick");
            if (alliance.EndTick is int end)
            {
                if (end <= alliance.StartTick)
                    errors.Error(path + ".end_tick", $"end_tick ({I(end)}) must be after start_tick ({I(alliance.StartTick)})");
                else if (end > scenario.Ticks)
                    errors.Error(path + ".end_tick", $"end_tick ({I(end)}) is beyond the horizon: at most ticks ({I(scenario.Ticks)}), or null to run to the end");
            }

            for (var j = 0; j < alliance.Clouds.Count; j++)
                CloudRef(alliance.Clouds[j], $"{path}.clouds[{I(j)}]", asKey: false);
            for (var j = 0; j < alliance.Labs.Count; j++)
                LabRef(alliance.Labs[j], $"{path}.labs[{I(j)}]", atTick: null);
            for (var j = 0; j < alliance.Vendors.Count; j++)
                VendorRef(alliance.Vendors[j], $"{path}.vendors[{I(j)}]", asKey: false);
            NoRepeats(alliance.Clouds, path + ".clouds");
            NoRepeats(alliance.Labs, path + ".labs");
            NoRepeats(alliance.Vendors, path + ".vendors");

            if (alliance.Kind == AllianceKind.Vertical)
            {
                if (alliance.Clouds.Count != 1)
                    errors.Error(path + ".clouds", $"a vertical alliance has exactly one cloud (got {I(alliance.Clouds.Count)})");
                OnlyFor(alliance.Interop != 0, path + ".interop", "interop", "horizontal");
                OnlyFor(alliance.Portability != 0, path + ".portability", "portability", "horizontal");
            }
            else
            {
                OnlyFor(alliance.Investments.Count > 0, path + ".investments", "investments", "vertical");
                OnlyFor(alliance.Commitments.Count > 0, path + ".commitments", "commitments", "vertical");
                OnlyFor(alliance.ComputeAllocation != 0, path + ".compute_allocation", "compute_allocation", "vertical");
                OnlyFor(alliance.PrioritySupply, path + ".priority_supply", "priority_supply", "vertical");
                OnlyFor(alliance.LockIn != 0, path + ".lock_in", "lock_in", "vertical");
                OnlyFor(alliance.ExitPenalty != 0, path + ".exit_penalty", "exit_penalty", "vertical");
            }

            for (var j = 0; j < alliance.Investments.Count; j++)
                Investment(alliance.Investments[j], $"{path}.investments[{I(j)}]", alliance);
            for (var j = 0; j < alliance.Commitments.Count; j++)
                Contract(alliance.Commitments[j], $"{path}.commitments[{I(j)}]", alliance);
        }

        private void OnlyFor(bool present, string path, string field, string kind)
        {
            if (present)
                errors.Error(path, $"{field} applies to {kind} alliances only; leave it out");
        }

        private void Investment(InvestmentParameters investment, string path, AllianceParameters alliance)
        {
            Tick(investment.Tick, path + ".tick");
            if (!_firmPaths.ContainsKey(investment.From))
                errors.Error(path + ".from", $"no firm has id '{investment.From}'; firm ids are: {List(_firmPaths.Keys)}");
            else if (investment.Form == InvestmentForm.Credits && !_clouds.Contains(investment.From))
                errors.Error(path + ".form", $"credits can only be spent on the investor's own cloud, and '{investment.From}' is not a cloud");
            LabRef(investment.To, path + ".to", atTick: investment.Tick);
            if (!alliance.Labs.Contains(investment.To, StringComparer.Ordinal))
                errors.Error(path + ".to", $"lab '{investment.To}' is not a member of alliance '{alliance.Id}' (member labs: {List(alliance.Labs)})");
        }
    }
}
