namespace MarketSim.Market.Money;

/// <summary>
/// The ledger accounts outside the model that firms pay and are paid by (docs/model.md 3.3.8): end
/// customers, the outside economy, background workloads, other chip buyers, outside investors, prior
/// capital and each parent company. Opened once, in a fixed order, when the market is built.
/// </summary>
public sealed class OutsideAccounts
{
    private readonly Ledger _ledger;
    private readonly Dictionary<string, Account> _parents = new(StringComparer.Ordinal);

    internal OutsideAccounts(Ledger ledger)
    {
        _ledger = ledger;
        Customers = ledger.OpenOutside("customers", "customer");
        Outside = ledger.OpenOutside("outside-economy", "outside");
        Background = ledger.OpenOutside("background-workloads", "background");
        OtherBuyers = ledger.OpenOutside("other-chip-buyers", "other-buyers");
        External = ledger.OpenOutside("external-investors", "external");
        Prior = ledger.OpenOutside("prior-capital", "prior-capital");
    }

    /// <summary>End customers.</summary>
    public Account Customers { get; }

    /// <summary>The outside economy receiving operating, unit and facility costs.</summary>
    public Account Outside { get; }

    /// <summary>Background AI workloads paying clouds.</summary>
    public Account Background { get; }

    /// <summary>Accelerator buyers outside the model.</summary>
    public Account OtherBuyers { get; }

    /// <summary>Outside investors in funding rounds.</summary>
    public Account External { get; }

    /// <summary>Where firms' starting cash comes from.</summary>
    public Account Prior { get; }

    /// <summary>The lenders of docs/model.md 3.3.16 (interest, deposit income, write-offs); null unless the scenario's finance section is on.</summary>
    public Account? Lenders { get; private set; }

    /// <summary>Opens the lenders account; its money carries the ledger's credit origin, like an overdraft.</summary>
    internal Account OpenLenders() => Lenders = _ledger.OpenOutside("lenders", Ledger.CreditOrigin);

    /// <summary>The parent company account funding lab <paramref name="labId"/>.</summary>
    public Account Parent(string labId) => _parents[labId];

    /// <summary>Opens the parent company account of lab <paramref name="labId"/>.</summary>
    internal void OpenParent(string labId) => _parents[labId] = _ledger.OpenOutside("parent:" + labId, "parent:" + labId);

    /// <summary>
    /// Other AI customers of the clouds (v2 workloads): end-customer money, so its origin is <c>customer</c>,
    /// kept in an account of its own so flows.csv tells it from open-weights hosting. Null until opened.
    /// </summary>
    public Account? OtherAi { get; private set; }

    /// <summary>
    /// Opens <c>parent:&lt;cloud&gt;</c> for each of <paramref name="cloudIds"/> (the parent paying for its captive workloads;
    /// ids are unique across firms, so it never meets a lab's parent account) and the other-ai account (v2 workloads).
    /// </summary>
    internal void OpenWorkloads(IEnumerable<string> cloudIds)
    {
        foreach (var id in cloudIds)
        {
            OpenParent(id);
        }

        OtherAi = _ledger.OpenOutside("other-ai-customers", "customer");
    }
}
