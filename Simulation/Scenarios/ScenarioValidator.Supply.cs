using System.Globalization;
using MarketSim.Market.Parameters;

namespace MarketSim.Scenarios;

/// <content>The v2 supply section: credit lines name clouds, outside fleets name vendors, have unique ids and shares that sum to 1; v2 workloads need task demand and a lab for every captive share.</content>
public static partial class ScenarioValidator
{
    /// <content>The v2 supply section.</content>
    private sealed partial class Checks
    {
        private const string InstallationsNeedBacklog = "installations sizes the tick-0 supply line, which only capex_rule \"backlog\" has; remove it or set supply.capex_rule to \"backlog\"";

        private void Workloads()
        {
            var workloads = scenario.Market.Workloads is not null;
            if (workloads && scenario.Market.TaskDemand is null)
                errors.Error("$.market.workloads", "captive and other-ai workloads follow the task-demand equations: set market.task_demand too (e.g. {})");
            for (var i = 0; i < scenario.Clouds.Count; i++)
            {
                var cloud = scenario.Clouds[i];
                var path = $"$.clouds[{I(i)}]";
                if (cloud.CaptiveLab is { } lab)
                    LabRef(lab, path + ".captive_lab", atTick: 0);
                else if (workloads && cloud.CaptiveShare > 0)
                    errors.Error(path + ".captive_lab", $"captive_share {cloud.CaptiveShare.ToString(CultureInfo.InvariantCulture)} needs the lab whose models the captive products run (captive_lab)");
            }
        }

        private void Supply()
        {
            Workloads();
            // Only the backlog rule's delivery lag puts tick-0 orders on the books (docs/model.md (I.2a)).
            var backlog = scenario.Supply?.CapexRule == CapexRule.Backlog;
            for (var i = 0; i < scenario.Clouds.Count; i++)
            {
                if (scenario.Clouds[i].Installations is not null && !backlog)
                    errors.Error($"$.clouds[{I(i)}].installations", InstallationsNeedBacklog);
            }

            if (scenario.Supply is not { } supply)
                return;
            foreach (var id in supply.CreditLines.Keys)
                CloudRef(id, "$.supply.credit_lines", asKey: true);
            for (var i = 0; i < supply.OutsideFleets.Count; i++)
            {
                var fleet = supply.OutsideFleets[i];
                var path = $"$.supply.outside_fleets[{I(i)}]";
                AddFirm(fleet.Id, path);
                foreach (var id in fleet.VendorShares.Keys)
                    VendorRef(id, path + ".vendor_shares", asKey: true);
                SumsToOne(fleet.VendorShares.Values, path + ".vendor_shares", "vendor shares");
                if (fleet.DemandShare is null)
                {
                    VendorRef(fleet.ShareVendor, path + ".share_vendor", asKey: false);
                    if (!fleet.VendorShares.TryGetValue(fleet.ShareVendor, out var share) || share <= 0)
                        errors.Error(path + ".vendor_shares", $"solving demand_share needs a positive share for share_vendor '{fleet.ShareVendor}'");
                }

                if (fleet.Installations is not null && !backlog)
                    errors.Error(path + ".installations", InstallationsNeedBacklog);
            }
        }
    }
}
