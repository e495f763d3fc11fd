using System.Globalization;
using MarketSim.Market.Events;
using MarketSim.Market.Parameters;

namespace MarketSim.Scenarios;

/// <summary>
/// Semantic checks of a bound scenario that a JSON Schema cannot express: unique ids, references
/// that resolve, shares that sum to 1, ticks within the horizon, strategy- and alliance-specific
/// fields, and ranges that depend on other fields. Every problem is reported, each at its JSON path.
/// </summary>
public static partial class ScenarioValidator
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
        CheckTickZero(scenario, errors);
    }

    /// <summary>Checks <paramref name="scenario"/> bound from <paramref name="document"/> and returns every problem.</summary>
    public static IReadOnlyList<InputError> Validate(ScenarioParameters scenario, ResolvedDocument document)
    {
        var errors = new ErrorCollector(document);
        Validate(scenario, errors);
        return errors.Errors;
    }

    private sealed partial class Checks(ScenarioParameters scenario, ErrorCollector errors)
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
            Supply();
            Valuation();
            Finance();
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
            CloudAllocation(lab.CloudAllocation, path + ".cloud_allocation");

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
            // A contract exists from its signing month (an alliance's commitment from the alliance's start), so its lab
            // must exist by then: a contract with a lab that enters later is signed at or after the entry.
            LabRef(contract.Lab, path + ".lab", atTick: alliance is null ? contract.SignedTick : contract.StartTick);
            CloudRef(contract.Cloud, path + ".cloud", asKey: false);
            Tick(contract.StartTick, path + ".start_tick");
            Tick(contract.SignedTick, path + ".signed_tick");
            if (contract.SignedTick > contract.StartTick)
                errors.Error(path + ".signed_tick", $"signed_tick ({I(contract.SignedTick)}) must not be after start_tick ({I(contract.StartTick)}): a contract is signed before it starts");
            if (alliance is null)
                return;
            if (contract.SignedTick != 0)
                errors.Error(path + ".signed_tick", $"a commitment of alliance '{alliance.Id}' is signed when the alliance starts (its start_tick or an alliance-start event); leave signed_tick out");
            if (!alliance.Labs.Contains(contract.Lab, StringComparer.Ordinal))
                errors.Error(path + ".lab", $"lab '{contract.Lab}' is not a member of alliance '{alliance.Id}' (member labs: {List(alliance.Labs)})");
            if (!alliance.Clouds.Contains(contract.Cloud, StringComparer.Ordinal))
                errors.Error(path + ".cloud", $"cloud '{contract.Cloud}' is not a member of alliance '{alliance.Id}' (member clouds: {List(alliance.Clouds)})");
        }
    }
}
