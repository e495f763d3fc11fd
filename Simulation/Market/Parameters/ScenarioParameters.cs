namespace MarketSim.Market.Parameters;

/// <summary>
/// A whole scenario: every parameter of the market model (docs/model.md). Loaded from a scenario file;
/// no model constant lives in code.
/// </summary>
/// <param name="Name">Short identifier, used for the output folder.</param>
/// <param name="Description">What the scenario asks and what to look at in its charts.</param>
/// <param name="StartMonth">Calendar month of tick 0, as "yyyy-MM".</param>
/// <param name="Ticks">Horizon in months.</param>
/// <param name="Seed">Root seed of the run (replication seeds derive from it).</param>
/// <param name="Replications">Independent replications of the run.</param>
/// <param name="Customers">The demand side.</param>
/// <param name="Labs">Model labs, in a fixed order.</param>
/// <param name="Clouds">Cloud providers, in a fixed order.</param>
/// <param name="Vendors">Accelerator vendors (merchant and own-chip programmes), in a fixed order.</param>
/// <param name="Contracts">Take-or-pay compute commitments of labs to clouds.</param>
/// <param name="Market">Market-wide parameters: efficiency, capability, funding, valuation, sentiment.</param>
/// <param name="Investors">Investors and their strategies.</param>
/// <param name="Alliances">Vertical and horizontal alliances.</param>
/// <param name="Events">Scheduled events.</param>
/// <param name="Analysis">How outcomes are judged (certainty equivalent); null means <see cref="AnalysisParameters.Default"/>.</param>
/// <param name="Supply">The v2 supply side (prices, capex, vendor pipeline, outside fleets); null runs v1.</param>
/// <param name="Finance">Finance and default for every firm (docs/model.md 3.3.16); null runs v1.</param>
/// <param name="Uncertainty">Parameters drawn per replication (docs/model.md 3.3.17); null draws none.</param>
public sealed record ScenarioParameters(
    string Name,
    string Description,
    string StartMonth,
    int Ticks,
    ulong Seed,
    int Replications,
    CustomerParameters Customers,
    IReadOnlyList<LabParameters> Labs,
    IReadOnlyList<CloudParameters> Clouds,
    IReadOnlyList<VendorParameters> Vendors,
    IReadOnlyList<ContractParameters> Contracts,
    MarketParameters Market,
    IReadOnlyList<InvestorParameters> Investors,
    IReadOnlyList<AllianceParameters> Alliances,
    IReadOnlyList<EventParameters> Events,
    AnalysisParameters? Analysis = null,
    SupplyParameters? Supply = null,
    FinanceParameters? Finance = null,
    UncertaintyParameters? Uncertainty = null);
