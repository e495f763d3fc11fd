using MarketSim.Market.Agents;

namespace MarketSim.Market;

/// <summary>
/// The alliances of a run (docs/model.md 3.3.12) and the one place that answers "which active alliance
/// holds X": priority service and supply, portability, native status, interop and lock-in, allies.
/// Every query walks the alliances in scenario order, so where several apply the result is fixed.
/// </summary>
public sealed class AllianceBook
{
    private readonly List<Alliance> _alliances = [];

    /// <summary>Alliances, in scenario order.</summary>
    public IReadOnlyList<Alliance> All => _alliances;

    /// <summary>The alliance called <paramref name="id"/>.</summary>
    public Alliance ById(string id) => _alliances.First(a => a.Id == id);

    /// <summary>Whether an active vertical alliance holds both <paramref name="lab"/> and <paramref name="cloud"/> (priority service, docs/model.md 3.3.6).</summary>
    public bool VerticalPartners(Lab lab, Cloud cloud, int tick)
    {
        foreach (var alliance in _alliances)
        {
            if (alliance.IsVertical && alliance.ActiveAt(tick) && alliance.Labs.Contains(lab) && alliance.Clouds.Contains(cloud))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="vendor"/> ships <paramref name="cloud"/>'s orders first (docs/model.md 3.3.7).</summary>
    public bool HasPrioritySupply(Vendor vendor, Cloud cloud, int tick)
    {
        foreach (var alliance in _alliances)
        {
            if (alliance.IsVertical && alliance.Parameters.PrioritySupply && alliance.ActiveAt(tick)
                && alliance.Vendors.Contains(vendor) && alliance.Clouds.Contains(cloud))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Fills <paramref name="byCloud"/> (indexed like <paramref name="clouds"/>) with whether <paramref name="vendor"/> ships each cloud first.</summary>
    public void FillPrioritySupply(Vendor vendor, IReadOnlyList<Cloud> clouds, int tick, Span<bool> byCloud)
    {
        for (var c = 0; c < clouds.Count; c++)
        {
            byCloud[c] = HasPrioritySupply(vendor, clouds[c], tick);
        }
    }

    /// <summary>The largest portability of the horizontal alliances <paramref name="cloud"/> is in (docs/model.md 3.3.6).</summary>
    public double Portability(Cloud cloud, int tick)
    {
        var portability = 0.0;
        foreach (var alliance in _alliances)
        {
            if (!alliance.IsVertical && alliance.ActiveAt(tick) && alliance.Clouds.Contains(cloud))
            {
                // docs/model.md (6.11)
                portability = Math.Max(portability, alliance.Parameters.Portability);
            }
        }

        return portability;
    }

    /// <summary>
    /// Native status of <paramref name="lab"/> on <paramref name="cloud"/> (docs/model.md 3.3.3): starts at
    /// <paramref name="native"/> (1 on its main cloud); a vertical alliance makes it 1, a horizontal one
    /// raises it to the alliance's interop.
    /// </summary>
    public double Native(Lab lab, Cloud cloud, int tick, double native)
    {
        foreach (var alliance in _alliances)
        {
            if (alliance.ActiveAt(tick) && alliance.Labs.Contains(lab) && alliance.Clouds.Contains(cloud))
            {
                native = alliance.IsVertical ? 1 : Math.Max(native, alliance.Parameters.Interop);
            }
        }

        return native;
    }

    /// <summary>The switching-cost multiplier from <paramref name="lab"/> to <paramref name="other"/>: 1 - interop of the horizontal alliances holding both.</summary>
    public double SwitchMultiplier(Lab lab, Lab other, int tick)
    {
        var multiplier = 1.0;
        foreach (var alliance in _alliances)
        {
            if (!alliance.IsVertical && alliance.ActiveAt(tick) && alliance.Labs.Contains(lab) && alliance.Labs.Contains(other))
            {
                multiplier = Math.Min(multiplier, 1 - alliance.Parameters.Interop);
            }
        }

        return multiplier;
    }

    /// <summary>
    /// The lock-in a customer on <paramref name="home"/> pays to leave <paramref name="current"/> for
    /// <paramref name="candidate"/> (docs/model.md 3.3.3).
    /// </summary>
    /// <remarks>
    /// Lock-in is a cost of leaving an allied lab, not a pull towards it: it holds the customers an
    /// ecosystem has won without steering new ones. Moving to another lab of the same alliance is not leaving.
    /// </remarks>
    public double ExitLock(Lab current, Lab candidate, Cloud home, int tick)
    {
        var cost = 0.0;
        foreach (var alliance in _alliances)
        {
            if (alliance.IsVertical && alliance.ActiveAt(tick) && alliance.Clouds.Contains(home)
                && alliance.Labs.Contains(current) && !alliance.Labs.Contains(candidate))
            {
                cost += alliance.Parameters.LockIn;
            }
        }

        return cost;
    }

    /// <summary>The other members of the active alliances <paramref name="firm"/> is in, each once, in order of first appearance.</summary>
    public List<Firm> Allies(Firm firm, int tick)
    {
        var allies = new List<Firm>();
        foreach (var alliance in _alliances)
        {
            if (!alliance.ActiveAt(tick) || !alliance.Contains(firm))
            {
                continue;
            }

            foreach (var member in alliance.Clouds.Cast<Firm>().Concat(alliance.Labs).Concat(alliance.Vendors))
            {
                if (member != firm && !allies.Contains(member))
                {
                    allies.Add(member);
                }
            }
        }

        return allies;
    }

    internal void Add(Alliance alliance) => _alliances.Add(alliance);
}
