using MarketSim.Market.Parameters;

namespace MarketSim.Market.Investors;

/// <summary>
/// An investment strategy (docs/model.md, Investors): what an investor holds from tick 0, chosen from the
/// market as it stands at the first valuation. One type per strategy; <see cref="For"/> picks it by name.
/// </summary>
public abstract class Strategy
{
    /// <summary>The strategy's name in scenario files.</summary>
    public abstract string Name { get; }

    /// <summary>Whether the investor takes its pro-rata part of later funding rounds.</summary>
    public virtual bool FollowsOn(InvestorParameters parameters) => parameters?.FollowOn ?? false;

    /// <summary>What to buy at tick 0, with weights summing to 1.</summary>
    public abstract IReadOnlyList<Holding> Allocate(MarketModel market, InvestorParameters parameters);

    /// <summary>The strategy called <paramref name="name"/>.</summary>
    public static Strategy For(string name) => name switch
    {
        "racetrack" => new RacetrackStrategy(),
        "single-lab" => new SingleLabStrategy(),
        "lab-index" => new LabIndexStrategy(),
        "empire" => new EmpireStrategy(),
        "custom" => new CustomStrategy(),
        _ => throw new ArgumentException($"Unknown strategy '{name}'; expected racetrack, single-lab, lab-index, empire or custom.", nameof(name)),
    };

    /// <summary>Scales weights to sum to one, dropping non-positive ones.</summary>
    protected static IReadOnlyList<Holding> Normalise(IEnumerable<Holding> holdings)
    {
        var list = holdings.Where(h => h.Weight > 0).ToList();
        var total = list.Sum(h => h.Weight);
        return total > 0 ? list.ConvertAll(h => h with { Weight = h.Weight / total }) : [];
    }
}
