using MarketSim.Scenarios;
using static MarketSim.Tests.Scenarios.ScenarioFixture;

namespace MarketSim.Tests.Scenarios;

/// <summary>
/// Bad input against the real schema and validator: each case must give an <see cref="InputException"/>
/// whose errors include one naming the expected file, JSON path and line.
/// </summary>
public sealed class ScenarioLoaderBadInputTests : IDisposable
{
    private const string Scenario = "tiny.json";
    private const string Set = ScenarioOverrides.Source;

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>
    /// One bad input: the edited scenario text (or null to keep the fixture), overrides, and the error
    /// expected: its file, path, the text on its line (null: no line) and a part of its message.
    /// </summary>
    public sealed record BadCase(
        Func<string, string>? Edit,
        string[] Overrides,
        string File,
        string? JsonPath,
        string? LineMarker,
        string Message);

    private static BadCase Text(Func<string, string> edit, string path, string? marker, string message) =>
        new(edit, [], Scenario, path, marker, message);

    private static BadCase Replace(string old, string replacement, string path, string message, string? marker = null) =>
        new(t => Edit(t, old, replacement), [], Scenario, path, marker ?? replacement, message);

    internal static readonly Dictionary<string, BadCase> Cases = new()
    {
        ["malformed JSON"] = new(t => Edit(t, "\"ticks\": 24,", "\"ticks\": 24,,"), [], Scenario, null, "\"ticks\": 24,,", "invalid JSON"),
        ["truncated file"] = new(t => t[..(t.IndexOf("\"market\": {", StringComparison.Ordinal) + 11)], [], Scenario, null, "\"market\": {", "invalid JSON"),
        ["duplicate property"] = Replace("\"seed\": 7,", "\"seed\": 7, \"seed\": 8,", "$.seed", "duplicate field 'seed' (first at line 7)"),
        ["document is an array"] = Text(_ => "[1, 2]", "$", "[1, 2]", "expected an object, got an array"),
        ["string for integer"] = Replace("\"ticks\": 24", "\"ticks\": \"24\"", "$.ticks", "expected an integer, got a string (\"24\")"),
        ["boolean for number"] = Replace("\"capability\": 1.0", "\"capability\": true", "$.labs[0].capability", "expected a number, got a boolean"),
        ["fraction for integer"] = Replace("\"life\": 72", "\"life\": 72.5", "$.clouds[0].life", "expected an integer, got a number (72.5)"),
        ["object for array"] = Replace("\"contracts\": [", "\"contracts\": {}, \"x\": [", "$.contracts", "expected an array, got an object", "\"contracts\": {}"),
        ["unknown top-level field"] = Replace("\"seed\": 7,", "\"seed\": 7, \"sede\": 1,", "$.sede", "unknown field 'sede' (not in the schema); did you mean 'seed'?"),
        ["unknown field in an event"] = Replace("\"factor\": 0.5 }", "\"factr\": 0.5 }", "$.events[0].factr", "unknown field 'factr'"),
        ["missing required field"] = Text(t => Edit(t, "\"total_demand\": 100,\n", string.Empty), "$.customers", "\"customers\": {", "missing required field 'total_demand'"),
        ["missing required event field"] = Replace("{ \"kind\": \"efficiency-shock\", \"tick\": 3, \"factor\": 0.5 }", "{ \"kind\": \"efficiency-shock\", \"tick\": 3 }", "$.events[0]", "missing required field 'factor'"),
        ["share above 1"] = Replace("\"q\": 0.25", "\"q\": 1.5", "$.customers.segments[0].q", "must be at most 1 (got 1.5)"),
        ["count below 1"] = Replace("\"count\": 200", "\"count\": 0", "$.customers.count", "must be at least 1 (got 0)"),
        ["negative seed"] = Replace("\"seed\": 7", "\"seed\": -1", "$.seed", "must be at least 0 (got -1)"),
        ["price not positive"] = Replace("\"price\": 2.5", "\"price\": 0", "$.clouds[0].price", "must be at least 1e-6 (got 0)"),
        ["unknown strategy"] = Replace("\"strategy\": \"lab-index\"", "\"strategy\": \"index-fund\"", "$.investors[2].strategy", "must be one of \"racetrack\", \"single-lab\", \"lab-index\", \"empire\", \"custom\""),
        ["unknown alliance kind"] = Replace("\"kind\": \"horizontal\"", "\"kind\": \"diagonal\"", "$.alliances[1].kind", "must be one of \"vertical\", \"horizontal\""),
        ["unknown event kind"] = Replace("\"kind\": \"price-war\"", "\"kind\": \"price-hike\"", "$.events[3].kind", "\"alliance-end\""),
        ["supply credit line for an unknown cloud"] = Replace("\"seed\": 7,", "\"seed\": 7, \"supply\": { \"credit_lines\": { \"azur\": 1 } },", "$.supply.credit_lines", "no cloud has id 'azur' (used as a key here)"),
        ["workloads without task demand"] = Replace("\"efficiency_halving_months\": 12,", "\"efficiency_halving_months\": 12, \"workloads\": {},", "$.market.workloads", "set market.task_demand too"),
        ["captive lab that is not a lab"] = Replace("\"id\": \"azure\", \"name\": \"Azure\",", "\"id\": \"azure\", \"name\": \"Azure\", \"captive_share\": 0.7, \"captive_lab\": \"openia\",", "$.clouds[0].captive_lab", "no lab has id 'openia'"),
        ["outside fleet installations without the backlog rule"] = Replace("\"seed\": 7,", "\"seed\": 7, \"supply\": { \"capex_rule\": \"forecast\", \"outside_fleets\": [{ \"id\": \"sov\", \"name\": \"Sov\", \"capacity\": 1, \"demand_share\": 0.1, \"installations\": 0.1, \"vendor_shares\": { \"nvidia\": 1 } }] },", "$.supply.outside_fleets[0].installations", "only capex_rule \"backlog\" has"),
        ["cloud installations without a supply section"] = Replace("\"id\": \"azure\", \"name\": \"Azure\",", "\"id\": \"azure\", \"name\": \"Azure\", \"installations\": 0.1,", "$.clouds[0].installations", "only capex_rule \"backlog\" has"),
        ["outside fleet buying from an unknown vendor"] = Replace("\"seed\": 7,", "\"seed\": 7, \"supply\": { \"outside_fleets\": [{ \"id\": \"sov\", \"name\": \"Sov\", \"capacity\": 1, \"vendor_shares\": { \"nvidai\": 1 } }] },", "$.supply.outside_fleets[0].vendor_shares", "no vendor has id 'nvidai' (used as a key here)"),
        ["v2 value law with a cloud in no listed company"] = Replace("\"mark_speed\": 0.2", "\"mark_speed\": 0.2, \"law\": \"v2\", \"listed_companies\": [{ \"id\": \"ms\", \"members\": [\"azure\", \"nvidia\", \"trainium\"], \"market_value\": 100, \"ai_share\": 0.5 }]", "$.market.valuation.listed_companies", "every cloud and vendor belongs to a listed company; 'aws' belongs to none"),
        ["listed company naming an unknown firm"] = Replace("\"mark_speed\": 0.2", "\"mark_speed\": 0.2, \"law\": \"v2\", \"listed_companies\": [{ \"id\": \"ms\", \"members\": [\"azur\"], \"market_value\": 100, \"ai_share\": 0.5 }]", "$.market.valuation.listed_companies[0].members[0]", "'azur' is not a cloud or vendor of this scenario"),
        ["firm in two listed companies"] = Replace("\"mark_speed\": 0.2", "\"mark_speed\": 0.2, \"listed_companies\": [{ \"id\": \"a\", \"members\": [\"azure\"], \"market_value\": 1, \"ai_share\": 1 }, { \"id\": \"b\", \"members\": [\"azure\"], \"market_value\": 1, \"ai_share\": 1 }]", "$.market.valuation.listed_companies[1].members[0]", "'azure' already belongs to listed company 'a'"),
        ["listed company without a share or revenue"] = Replace("\"mark_speed\": 0.2", "\"mark_speed\": 0.2, \"listed_companies\": [{ \"id\": \"a\", \"members\": [\"azure\"], \"market_value\": 1 }]", "$.market.valuation.listed_companies[0]", "needs ai_share or trailing_revenue"),
        ["value-priced rounds under the v1 value law"] = Replace("\"pool_sentiment_exponent\": 2\n", "\"pool_sentiment_exponent\": 2, \"pricing\": \"value\"\n", "$.market.funding.pricing", "set market.valuation.law to \"v2\" or pricing to \"revenue\"", "\"pricing\": \"value\""),
        ["racetrack-listed under the v1 value law"] = Replace("{ \"id\": \"track\", \"strategy\": \"racetrack\" }", "{ \"id\": \"track\", \"strategy\": \"racetrack-listed\" }", "$.investors[0].strategy", "set market.valuation.law to \"v2\""),
        ["bad start month pattern"] = Replace("\"start_month\": \"2025-11\"", "\"start_month\": \"2025-13\"", "$.start_month", "must match the pattern"),
        ["start month year zero"] = Replace("\"start_month\": \"2025-11\"", "\"start_month\": \"0000-01\"", "$.start_month", "must be a calendar month as yyyy-MM"),
        ["unknown main cloud"] = Replace("\"main_cloud\": \"azure\", \"cloud_allocation\": { \"azure\": 0.8", "\"main_cloud\": \"azur\", \"cloud_allocation\": { \"azure\": 0.8", "$.labs[0].main_cloud", "no cloud has id 'azur'; cloud ids are: azure, aws"),
        ["unknown allocation cloud"] = Replace("\"cloud_allocation\": { \"aws\": 1 }", "\"cloud_allocation\": { \"gcp\": 1 }", "$.labs[1].cloud_allocation.gcp", "no cloud has id 'gcp' (used as a key here)"),
        ["unknown own-chip vendor"] = Replace("\"own_chip\": { \"vendor\": \"trainium\"", "\"own_chip\": { \"vendor\": \"tpu\"", "$.clouds[1].own_chip.vendor", "no vendor has id 'tpu'"),
        ["unknown lock-in vendor"] = Replace("\"vendor_lock_in\": { \"nvidia\": 0.5 }", "\"vendor_lock_in\": { \"nvida\": 0.5 }", "$.clouds[0].vendor_lock_in.nvida", "no vendor has id 'nvida'"),
        ["unknown contract lab"] = Replace("\"lab\": \"openai\", \"cloud\": \"azure\", \"total\": 50", "\"lab\": \"open-ai\", \"cloud\": \"azure\", \"total\": 50", "$.contracts[0].lab", "no lab has id 'open-ai'"),
        ["home clouds do not sum to 1"] = Replace("\"home_clouds\": { \"azure\": 0.6, \"aws\": 0.4 }", "\"home_clouds\": { \"azure\": 0.5, \"aws\": 0.4 }", "$.customers.home_clouds", "home cloud shares must sum to 1 (within 0.000001), but sum to 0.9"),
        ["segment shares do not sum to 1"] = Text(t => Edit(t, "\"customer_share\": 0.3", "\"customer_share\": 0.4"), "$.customers.segments", "\"segments\": [", "segments' customer_share must sum to 1"),
        ["allocation does not sum to 1"] = Replace("\"cloud_allocation\": { \"azure\": 0.5, \"aws\": 0.5 }", "\"cloud_allocation\": { \"azure\": 0.5, \"aws\": 0.6 }", "$.labs[2].cloud_allocation", "cloud allocation shares must sum to 1"),
        ["initial share on one lab only"] = Text(t => Edit(t, "\"id\": \"openai\",", "\"id\": \"openai\", \"initial_share\": 1,"), "$.labs[1]", "{\n      \"id\": \"anthropic\"", "lab 'anthropic' has no initial_share"),
        ["duplicate firm id"] = Replace("\"id\": \"trainium\", \"name\": \"Trainium\"", "\"id\": \"aws\", \"name\": \"Trainium\"", "$.vendors[1].id", "id 'aws' is already used by $.clouds[1]"),
        ["lab entry reuses an id"] = Replace("\"id\": \"mistral\", \"name\": \"Mistral\"", "\"id\": \"openai\", \"name\": \"Mistral\"", "$.events[4].lab.id", "id 'openai' is already used by $.labs[0]"),
        ["event after the horizon"] = Replace("\"tick\": 18, \"alliance\"", "\"tick\": 24, \"alliance\"", "$.events[7].tick", "tick 24 is outside the horizon: ticks run from 0 to 23"),
        ["contract starts after the horizon"] = Replace("\"start_tick\": 0, \"months\": 24", "\"start_tick\": 30, \"months\": 24", "$.contracts[0].start_tick", "tick 30 is outside the horizon"),
        ["contract signed after it starts"] = Replace("\"start_tick\": 0, \"months\": 24", "\"start_tick\": 3, \"months\": 24, \"signed_tick\": 5", "$.contracts[0].signed_tick", "signed_tick (5) must not be after start_tick (3): a contract is signed before it starts"),
        ["contract with an entering lab signed before it enters"] = Replace("\"lab\": \"openai\", \"cloud\": \"azure\", \"total\": 50, \"start_tick\": 0", "\"lab\": \"mistral\", \"cloud\": \"azure\", \"total\": 50, \"start_tick\": 8", "$.contracts[0].lab", "lab 'mistral' only enters at tick 6, after tick 0"),
        ["commitment with a signing month"] = Replace("\"start_tick\": 1, \"months\": 12 }", "\"start_tick\": 1, \"months\": 12, \"signed_tick\": 1 }", "$.alliances[0].commitments[0].signed_tick", "is signed when the alliance starts"),
        ["vertical alliance with two clouds"] = Replace("\"clouds\": [\"azure\"]", "\"clouds\": [\"azure\", \"aws\"]", "$.alliances[0].clouds", "a vertical alliance has exactly one cloud (got 2)"),
        ["alliance ends before it starts"] = Replace("\"end_tick\": 20", "\"end_tick\": 1", "$.alliances[0].end_tick", "end_tick (1) must be after start_tick (1)"),
        ["horizontal alliance with lock-in"] = Replace("\"interop\": 0.6", "\"lock_in\": 2, \"interop\": 0.6", "$.alliances[1].lock_in", "lock_in applies to vertical alliances only"),
        ["investment in a non-member lab"] = Replace("\"to\": \"anthropic\"", "\"to\": \"openai\"", "$.alliances[0].investments[0].to", "lab 'openai' is not a member of alliance 'azure-nvidia-anthropic'"),
        ["credits from a vendor"] = Text(t => Edit(t, "\"from\": \"azure\"", "\"from\": \"nvidia\""), "$.alliances[0].investments[0].form", "\"from\": \"nvidia\"", "'nvidia' is not a cloud"),
        ["unknown alliance in an event"] = Replace("\"alliance\": \"open-coalition\"", "\"alliance\": \"closed-coalition\"", "$.events[6].alliance", "no alliance has id 'closed-coalition'; alliance ids are: azure-nvidia-anthropic, open-coalition"),
        ["allocation change to an unknown cloud"] = Replace("{ \"kind\": \"lab-breakthrough\", \"tick\": 8, \"lab\": \"mistral\", \"factor\": 1.3 }", "{ \"kind\": \"allocation-change\", \"tick\": 8, \"lab\": \"mistral\", \"cloud_allocation\": { \"azur\": 1 } }", "$.events[5].cloud_allocation.azur", "no cloud has id 'azur' (used as a key here)"),
        ["allocation change not summing to 1"] = Replace("{ \"kind\": \"lab-breakthrough\", \"tick\": 8, \"lab\": \"mistral\", \"factor\": 1.3 }", "{ \"kind\": \"allocation-change\", \"tick\": 8, \"lab\": \"mistral\", \"cloud_allocation\": { \"azure\": 0.5 } }", "$.events[5].cloud_allocation", "cloud allocation shares must sum to 1"),
        ["allocation change before the lab enters"] = Replace("{ \"kind\": \"lab-breakthrough\", \"tick\": 8, \"lab\": \"mistral\", \"factor\": 1.3 }", "{ \"kind\": \"allocation-change\", \"tick\": 2, \"lab\": \"mistral\", \"cloud_allocation\": { \"azure\": 1 } }", "$.events[5].lab", "lab 'mistral' only enters at tick 6, after tick 2"),
        ["breakthrough before the lab enters"] = Replace("\"tick\": 8, \"lab\": \"mistral\"", "\"tick\": 2, \"lab\": \"mistral\"", "$.events[5].lab", "lab 'mistral' only enters at tick 6, after tick 2"),
        ["single-lab without target"] = Text(t => Edit(t, "\"target\": \"anthropic\", ", string.Empty), "$.investors[1]", "\"id\": \"horse\"", "a single-lab investor needs a target"),
        ["empire without labs"] = Text(t => Edit(t, "\"labs\": [\"openai\"], ", string.Empty), "$.investors[3]", "\"id\": \"builder\"", "an empire investor needs labs"),
        ["target on a lab index"] = Replace("\"equal_weights\": true", "\"equal_weights\": true, \"target\": \"openai\"", "$.investors[2].target", "target does not apply to a lab-index investor"),
        ["markup outside its bounds"] = Replace("\"markup\": 0.4,", "\"markup\": 1.6,", "$.labs[1].markup", "markup (1.6) must lie between markup_min (0.1) and markup_max (1.5)"),
        ["p plus q above 1"] = Replace("\"p\": 0.02, \"q\": 0.3", "\"p\": 0.8, \"q\": 0.3", "$.customers.segments[1].q", "p + q must not exceed 1"),
        ["vendor price below cost"] = Replace("\"price\": 15, \"unit_cost\": 8", "\"price\": 5, \"unit_cost\": 8", "$.vendors[1].price", "must not be below unit_cost (8)"),
        ["number too large"] = Replace("\"ticks\": 24", "\"ticks\": 1e400", "$.ticks", "must be at most 1200"),
        ["bad --set path"] = new(null, ["labs[id=opnai].markup=0.4"], Set, null, null, "no item of labs has id 'opnai'; ids are: openai, anthropic, meta"),
        ["bad --set syntax"] = new(null, ["labs[id=openai].markup"], Set, null, null, "is not path=value"),
        ["bad --set value"] = new(null, ["ticks=abc"], Set, "$.ticks", null, "expected an integer, got a string (\"abc\")"),
        ["--set unknown field"] = new(null, ["labs[0].markupp=1"], Set, "$.labs[0].markupp", null, "unknown field 'markupp'"),
        ["--set NaN as a string"] = new(null, ["customers.segments[name=enterprise].p=NaN"], Set, "$.customers.segments[0].p", null, "expected a number, got a string (\"NaN\")"),
        ["--set breaks a share sum"] = new(null, ["labs[id=meta].cloud_allocation.aws=0.25"], Scenario, "$.labs[2].cloud_allocation", "\"cloud_allocation\": { \"azure\": 0.5, \"aws\": 0.5 }", "cloud allocation shares must sum to 1 (within 0.000001), but sum to 0.75"),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Load_BadInput_ErrorNamesFilePathAndLine(string name)
    {
        var bad = Cases[name];
        var text = bad.Edit is null ? Valid : bad.Edit(Valid);
        var path = _temp.Write(Scenario, text);

        var e = Assert.Throws<InputException>(() => ScenarioLoader.Load(path, bad.Overrides, Schema));

        var file = bad.File == Scenario ? path : bad.File;
        int? line = bad.LineMarker is null ? null : LineOf(text, bad.LineMarker);
        var expected = new InputError(file, bad.JsonPath, line, bad.Message);
        Assert.True(
            e.Errors.Any(x => x.File == file && x.JsonPath == bad.JsonPath && x.Line == line && x.Message.Contains(bad.Message, StringComparison.Ordinal)),
            $"expected an error like\n  {expected}\ngot\n  {string.Join("\n  ", e.Errors)}");
    }

    [Fact]
    public void Load_CyclicExtends_ErrorAtExtendsLine()
    {
        var a = _temp.Write("a.json", "{\n  \"extends\": \"b.json\"\n}");
        _temp.Write("b.json", "{\n  \"name\": \"b\",\n  \"extends\": \"a.json\"\n}");

        var e = Assert.Throws<InputException>(() => ScenarioLoader.Load(a, [], Schema));

        var error = Assert.Single(e.Errors);
        Assert.Equal(("$.extends", 3), (error.JsonPath, error.Line));
        Assert.EndsWith("b.json", error.File, StringComparison.Ordinal);
        Assert.Contains("extends cycle", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingExtendedFile_ErrorAtExtendsLine()
    {
        var child = _temp.Write("child.json", "{\n  \"name\": \"c\",\n  \"extends\": \"baseline.json\"\n}");

        var error = Assert.Single(Assert.Throws<InputException>(() => ScenarioLoader.Load(child, [], Schema)).Errors);

        Assert.Equal((child, "$.extends", 3), (error.File, error.JsonPath, error.Line));
        Assert.StartsWith("extended file 'baseline.json' not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_FileNotFound()
    {
        var missing = _temp.PathOf("nowhere.json");

        var error = Assert.Single(Assert.Throws<InputException>(() => ScenarioLoader.Load(missing, [], Schema)).Errors);

        Assert.Equal(new InputError(missing, null, null, "file not found"), error);
    }

    [Fact]
    public void Load_BadValueInParentFile_ErrorNamesParentFileAndLine()
    {
        var parentText = Edit(Valid, "\"count\": 200", "\"count\": -5");
        var parent = _temp.Write("base.json", parentText);
        var child = _temp.Write("sub/child.json", "{\n  \"extends\": \"../base.json\",\n  \"name\": \"child\"\n}");

        var e = Assert.Throws<InputException>(() => ScenarioLoader.Load(child, [], Schema));

        Assert.Contains(new InputError(parent, "$.customers.count", LineOf(parentText, "\"count\": -5"), "must be at least 1 (got -5)"), e.Errors);
    }

    [Fact]
    public void Load_ManyProblems_AllReportedAtOnce()
    {
        var text = Edit(Edit(Edit(Valid, "\"main_cloud\": \"aws\", \"cloud_allocation\": { \"aws\": 1 }", "\"main_cloud\": \"gcp\", \"cloud_allocation\": { \"aws\": 1 }"),
            "\"tick\": 18, \"alliance\"", "\"tick\": 99, \"alliance\""), "\"target\": \"anthropic\"", "\"target\": \"xai\"");
        var path = _temp.Write(Scenario, text);

        var e = Assert.Throws<InputException>(() => ScenarioLoader.Load(path, [], Schema));

        Assert.Equal(["$.labs[1].main_cloud", "$.investors[1].target", "$.events[7].tick"], e.Errors.Select(x => x.JsonPath));
    }
}
