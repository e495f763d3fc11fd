using System.Globalization;
using MarketSim.Market.Events;
using MarketSim.Market.Parameters;

namespace MarketSim.Scenarios;

/// <summary>
/// Semantic checks of a bound scenario that a JSON Schema cannot express: unique ids, references
/// that resolve, shares that sum to 1, ticks within the horizon, strategy- and alliance-specific
/// fields, and ranges that depend on other fields. Every problem is reported, each at its JSON path.
/// </summary>
public static class ScenarioValidator
{
    /// <summary>How far a set of shares may be from summing to 1.</summary>
    public const double ShareTolerance = 1e-6;

    /// <summary>Most labs a scenario may have, counting labs that enter by events.</summary>
    public const int MaxLabs = 100;

    /// <summary>Checks <paramref name="scenario"/>, adding every problem to <paramref name="errors"/>.</summary>
    /// <param name="scenario">The bound scenario; its lists are in document order, so index i is <c>[i]</c> in the file.</param>
    /// <param name="errors">Collector over the document the scenario was bound from.</param>
    public static void Validate(ScenarioParameters scenario, ErrorCollector errors)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(errors);
        new Checks(scenario, errors).Run();
        ScenarioBounds.Check(scenario, errors);
    }

    /// <summary>Checks <paramref name="scenario"/> bound from <paramref name="document"/> and returns every problem.</summary>
    public static IReadOnlyList<InputError> Validate(ScenarioParameters scenario, ResolvedDocument document)
    {
        var errors = new ErrorCollector(document);
        Validate(scenario, errors);
        return errors.Errors;
    }

    private sealed class Checks(ScenarioParameters scenario, ErrorCollector errors)
    {
        private const int ListedIds = 20;
        private readonly Dictionary<string, string> _firmPaths = new(StringComparer.Ordinal);
        private readonly HashSet<string> _labs = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _entering = new(StringComparer.Ordinal);
        private readonly HashSet<string> _clouds = new(StringComparer.Ordinal);
        private readonly HashSet<string> _vendors = new(StringComparer.Ordinal);
        private readonly HashSet<string> _alliances = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _contractPaths = new(StringComparer.Ordinal);

        public void Run()
        {
            StartMonth();
            FirmIds();
            Customers();
            for (var i = 0; i < scenario.Labs.Count; i++)
                Lab(scenario.Labs[i], $"$.labs[{I(i)}]", entering: false);
            InitialShares();
            for (var i = 0; i < scenario.Clouds.Count; i++)
                Cloud(scenario.Clouds[i], $"$.clouds[{I(i)}]");
            for (var i = 0; i < scenario.Vendors.Count; i++)
                Vendor(scenario.Vendors[i], $"$.vendors[{I(i)}]");
            for (var i = 0; i < scenario.Contracts.Count; i++)
                Contract(scenario.Contracts[i], $"$.contracts[{I(i)}]", alliance: null);
            Investors();
            Alliances();
            Events();
        }

        private void StartMonth()
        {
            if (!DateTime.TryParseExact(scenario.StartMonth, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                errors.Error("$.start_month", $"must be a calendar month as yyyy-MM, such as \"2025-11\" (got \"{scenario.StartMonth}\")");
        }

        /// <summary>Ids are unique across labs (including labs that enter later), clouds and vendors.</summary>
        private void FirmIds()
        {
            // A duplicate is reported once; references to it still resolve, so one typo gives one error.
            for (var i = 0; i < scenario.Labs.Count; i++)
            {
                AddFirm(scenario.Labs[i].Id, $"$.labs[{I(i)}]");
                _labs.Add(scenario.Labs[i].Id);
            }

            for (var i = 0; i < scenario.Clouds.Count; i++)
            {
                AddFirm(scenario.Clouds[i].Id, $"$.clouds[{I(i)}]");
                _clouds.Add(scenario.Clouds[i].Id);
            }

            for (var i = 0; i < scenario.Vendors.Count; i++)
            {
                AddFirm(scenario.Vendors[i].Id, $"$.vendors[{I(i)}]");
                _vendors.Add(scenario.Vendors[i].Id);
            }

            var labCount = scenario.Labs.Count;
            for (var i = 0; i < scenario.Events.Count; i++)
            {
                if (scenario.Events[i] is not LabEntry entry)
                    continue;
                var path = $"$.events[{I(i)}].lab";
                if (AddFirm(entry.Lab.Id, path))
                    _entering[entry.Lab.Id] = entry.Tick;
                labCount++;
                if (labCount == MaxLabs + 1)
                    errors.Error(path, $"too many labs: at most {I(MaxLabs)} counting labs that enter by events");
            }

            if (scenario.Labs.Count > MaxLabs)
                errors.Error("$.labs", $"too many labs: at most {I(MaxLabs)} (got {I(scenario.Labs.Count)})");
        }

        private bool AddFirm(string id, string path)
        {
            if (_firmPaths.TryAdd(id, path))
                return true;
            errors.Error(path + ".id", $"id '{id}' is already used by {_firmPaths[id]} (ids must be unique across labs, clouds and vendors)");
            return false;
        }

        private void Customers()
        {
            var customers = scenario.Customers;
            foreach (var (cloud, _) in customers.HomeClouds)
                CloudRef(cloud, JsonPaths.Property("$.customers.home_clouds", cloud), asKey: true);
            SumsToOne(customers.HomeClouds.Values, "$.customers.home_clouds", "home cloud shares");

            var names = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < customers.Segments.Count; i++)
            {
                var segment = customers.Segments[i];
                var path = $"$.customers.segments[{I(i)}]";
                if (!names.TryAdd(segment.Name, i))
                    errors.Error(path + ".name", $"segment name '{segment.Name}' is already used by $.customers.segments[{I(names[segment.Name])}]");
                if (segment.P + segment.Q > 1)
                    errors.Error(path + ".q", $"p + q must not exceed 1, so the monthly adoption probability stays a probability (p + q = {F(segment.P + segment.Q)})");
            }

            SumsToOne(customers.Segments.Select(s => s.CustomerShare), "$.customers.segments", "segments' customer_share");
            SumsToOne(customers.Segments.Select(s => s.DemandShare), "$.customers.segments", "segments' demand_share");
        }

        private void Lab(LabParameters lab, string path, bool entering)
        {
            if (lab.MarkupMin > lab.MarkupMax)
                errors.Error(path + ".markup_min", $"markup_min ({F(lab.MarkupMin)}) must not exceed markup_max ({F(lab.MarkupMax)})");
            else if (lab.Markup < lab.MarkupMin || lab.Markup > lab.MarkupMax)
                errors.Error(path + ".markup", $"markup ({F(lab.Markup)}) must lie between markup_min ({F(lab.MarkupMin)}) and markup_max ({F(lab.MarkupMax)})");

            CloudRef(lab.MainCloud, path + ".main_cloud", asKey: false);
            foreach (var (cloud, _) in lab.CloudAllocation)
                CloudRef(cloud, JsonPaths.Property(path + ".cloud_allocation", cloud), asKey: true);
            SumsToOne(lab.CloudAllocation.Values, path + ".cloud_allocation", "cloud allocation shares");

            if (entering && lab.InitialShare is not null)
                errors.Error(path + ".initial_share", "a lab that enters by an event has no share at tick 0; leave initial_share out");
        }

        /// <summary>Initial shares are given for every lab or for none, and then sum to 1.</summary>
        private void InitialShares()
        {
            var given = scenario.Labs.Count(l => l.InitialShare is not null);
            if (given == 0)
                return;
            if (given < scenario.Labs.Count)
            {
                var missing = scenario.Labs.Select((lab, i) => (lab, i)).Where(x => x.lab.InitialShare is null).ToList();
                foreach (var (lab, i) in missing)
                    errors.Error($"$.labs[{I(i)}]", $"lab '{lab.Id}' has no initial_share, but other labs give one: give it for every lab or for none");
                return;
            }

            SumsToOne(scenario.Labs.Select(l => l.InitialShare!.Value), "$.labs", "labs' initial_share");
        }

        private void Cloud(CloudParameters cloud, string path)
        {
            foreach (var (vendor, _) in cloud.VendorLockIn)
                VendorRef(vendor, JsonPaths.Property(path + ".vendor_lock_in", vendor), asKey: true);
            if (cloud.OwnChip is { } ownChip)
                VendorRef(ownChip.Vendor, path + ".own_chip.vendor", asKey: false);
        }

        private void Vendor(VendorParameters vendor, string path)
        {
            if (vendor.Price < vendor.UnitCost)
                errors.Error(path + ".price", $"price ({F(vendor.Price)}) must not be below unit_cost ({F(vendor.UnitCost)}): vendors never sell below cost");
        }

        private void Contract(ContractParameters contract, string path, AllianceParameters? alliance)
        {
            if (!_contractPaths.TryAdd(contract.Id, path))
                errors.Error(path + ".id", $"contract id '{contract.Id}' is already used by {_contractPaths[contract.Id]}");
            LabRef(contract.Lab, path + ".lab", atTick: contract.StartTick);
            CloudRef(contract.Cloud, path + ".cloud", asKey: false);
            Tick(contract.StartTick, path + ".start_tick");
            if (alliance is null)
                return;
            if (!alliance.Labs.Contains(contract.Lab, StringComparer.Ordinal))
                errors.Error(path + ".lab", $"lab '{contract.Lab}' is not a member of alliance '{alliance.Id}' (member labs: {List(alliance.Labs)})");
            if (!alliance.Clouds.Contains(contract.Cloud, StringComparer.Ordinal))
                errors.Error(path + ".cloud", $"cloud '{contract.Cloud}' is not a member of alliance '{alliance.Id}' (member clouds: {List(alliance.Clouds)})");
        }

        private void Investors()
        {
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < scenario.Investors.Count; i++)
            {
                var investor = scenario.Investors[i];
                var path = $"$.investors[{I(i)}]";
                if (!ids.TryAdd(investor.Id, i))
                    errors.Error(path + ".id", $"investor id '{investor.Id}' is already used by $.investors[{I(ids[investor.Id])}]");
                Investor(investor, path);
            }
        }

        private void Investor(InvestorParameters investor, string path)
        {
            var strategy = investor.Strategy;
            var usesTarget = strategy is "single-lab" or "empire";
            var usesLabs = strategy == "empire";
            var usesWeights = strategy is "custom" or "racetrack";
            NotUsed(investor.Target is not null && !usesTarget, path + ".target", strategy, "target");
            NotUsed(investor.Labs is not null && !usesLabs, path + ".labs", strategy, "labs");
            NotUsed(investor.Weights is not null && !usesWeights, path + ".weights", strategy, "weights");
            NotUsed(investor.EqualWeights && strategy != "lab-index", path + ".equal_weights", strategy, "equal_weights");
            NotUsed(investor.CloudShare != 0 && !usesLabs, path + ".cloud_share", strategy, "cloud_share");
            NotUsed(investor.CreditShare != 0 && !usesLabs, path + ".credit_share", strategy, "credit_share");

            switch (strategy)
            {
                case "single-lab":
                    if (investor.Target is null)
                        errors.Error(path, "a single-lab investor needs a target: the id of the lab it holds");
                    else
                        LabRef(investor.Target, path + ".target", atTick: 0);
                    break;
                case "empire":
                    if (investor.Target is null)
                        errors.Error(path, "an empire investor needs a target: the id of its cloud");
                    else
                        CloudRef(investor.Target, path + ".target", asKey: false);
                    if (investor.Labs is null || investor.Labs.Count == 0)
                        errors.Error(path, "an empire investor needs labs: the ids of the labs it takes stakes in");
                    else
                    {
                        for (var j = 0; j < investor.Labs.Count; j++)
                            LabRef(investor.Labs[j], $"{path}.labs[{I(j)}]", atTick: 0);
                        NoRepeats(investor.Labs, path + ".labs");
                    }

                    break;
                case "custom":
                    if (investor.Weights is null || investor.Weights.Count == 0)
                        errors.Error(path, "a custom investor needs weights: a weight for each firm id it holds");
                    else
                        Weights(investor.Weights, path + ".weights", infrastructureOnly: false);
                    break;
                case "racetrack":
                    if (investor.Weights is not null)
                        Weights(investor.Weights, path + ".weights", infrastructureOnly: true);
                    break;
            }
        }

        private void NotUsed(bool present, string path, string strategy, string field)
        {
            if (present)
                errors.Error(path, $"{field} does not apply to a {strategy} investor; leave it out");
        }

        private void Weights(IReadOnlyDictionary<string, double> weights, string path, bool infrastructureOnly)
        {
            var total = 0.0;
            foreach (var (firm, weight) in weights)
            {
                total += weight;
                var at = JsonPaths.Property(path, firm);
                if (infrastructureOnly)
                {
                    if (!_clouds.Contains(firm) && !_vendors.Contains(firm))
                        errors.Error(at, $"a racetrack investor holds clouds and vendors only; '{firm}' is not one (clouds and vendors: {List(_clouds.Concat(_vendors))})");
                }
                else if (!_firmPaths.ContainsKey(firm) || _entering.ContainsKey(firm))
                {
                    errors.Error(at, $"no firm has id '{firm}' at tick 0; firm ids are: {List(_labs.Concat(_clouds).Concat(_vendors))}");
                }
            }

            if (!(total > 0))
                errors.Error(path, "weights must not all be zero");
        }

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

            if (alliance.Kind == "vertical")
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
            else if (investment.Form == "credits" && !_clouds.Contains(investment.From))
                errors.Error(path + ".form", $"credits can only be spent on the investor's own cloud, and '{investment.From}' is not a cloud");
            LabRef(investment.To, path + ".to", atTick: investment.Tick);
            if (!alliance.Labs.Contains(investment.To, StringComparer.Ordinal))
                errors.Error(path + ".to", $"lab '{investment.To}' is not a member of alliance '{alliance.Id}' (member labs: {List(alliance.Labs)})");
        }

        private void Events()
        {
            for (var i = 0; i < scenario.Events.Count; i++)
            {
                var path = $"$.events[{I(i)}]";
                var item = scenario.Events[i];
                Tick(item.Tick, path + ".tick");
                switch (item)
                {
                    case LabEntry entry:
                        Lab(entry.Lab, path + ".lab", entering: true);
                        break;
                    case LabBreakthrough breakthrough:
                        LabRef(breakthrough.Lab, path + ".lab", atTick: breakthrough.Tick);
                        break;
                    case SupplyShock { Vendor: { } vendor }:
                        VendorRef(vendor, path + ".vendor", asKey: false);
                        break;
                    case PriceWar { Clouds: { } clouds }:
                        for (var j = 0; j < clouds.Count; j++)
                            CloudRef(clouds[j], $"{path}.clouds[{I(j)}]", asKey: false);
                        NoRepeats(clouds, path + ".clouds");
                        break;
                    case AllianceStart start:
                        AllianceRef(start.Alliance, path + ".alliance");
                        break;
                    case AllianceEnd end:
                        AllianceRef(end.Alliance, path + ".alliance");
                        break;
                }
            }
        }

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
