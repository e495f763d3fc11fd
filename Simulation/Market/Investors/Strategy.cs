using System.Text.Json;
using MarketSim.Market.Parameters;

namespace MarketSim.Market.Investors;

/// <summary>
/// How an investor spends its capital at tick 0 (docs/model.md 3.3.11). Each strategy is one type: its
/// kind, the optional fields it reads, the checks of those fields, and the allocation. Strategies are
/// found by <see cref="Strategies"/>; they hold no state.
/// </summary>
public abstract class Strategy
{
    /// <summary>The kind this type implements.</summary>
    public abstract StrategyKind Kind { get; }

    /// <summary>The name scenario files and outputs use ("single-lab").</summary>
    public string Name => NameOf(Kind);

    /// <summary>The optional investor fields this strategy reads; the others must be left out.</summary>
    public virtual InvestorFields Uses => InvestorFields.None;

    /// <summary>The scenario-file name of <paramref name="kind"/>: the binder's kebab case.</summary>
    public static string NameOf(StrategyKind kind) => JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());

    /// <summary>The strategy of kind <paramref name="kind"/>.</summary>
    public static Strategy For(StrategyKind kind) => Strategies.For(kind);

    /// <summary>Whether the investor takes its pro-rata part of later rounds of labs it holds.</summary>
    public virtual bool FollowsOn(InvestorParameters parameters) => parameters?.FollowOn ?? false;

    /// <summary>Checks the fields this strategy reads (those it does not read are checked by the validator).</summary>
    public virtual void Validate(InvestorParameters investor, string path, IScenarioChecks checks)
    {
    }

    /// <summary>Target weights over firms, normalised to 1.</summary>
    public abstract IReadOnlyList<Holding> Allocate(MarketModel market, InvestorParameters parameters);

    /// <summary>
    /// Shares of capital spent on listed companies' core (non-AI) businesses, beside the firm weights of
    /// <see cref="Allocate"/>; the two together sum to 1. None for every strategy but racetrack-listed.
    /// </summary>
    public virtual IReadOnlyList<(ListedEntity Entity, double Weight)> Cores(MarketModel market, InvestorParameters parameters) => [];

    /// <summary>Drops zero weights and scales the rest to sum to 1.</summary>
    protected static IReadOnlyList<Holding> Normalise(IEnumerable<Holding> holdings)
    {
        var list = holdings.Where(h => h.Weight > 0).ToList();
        var total = list.Sum(h => h.Weight);
        return total > 0 ? list.ConvertAll(h => h with { Weight = h.Weight / total }) : [];
    }
}
