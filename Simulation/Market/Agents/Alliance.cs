using MarketSim.Market.Parameters;

namespace MarketSim.Market.Agents;

/// <summary>
/// An alliance in the market (docs/model.md, Alliances). Vertical: a cloud, a vendor and labs tied by
/// investments, commitments, priority supply and customer lock-in. Horizontal: clouds, labs and vendors
/// agreeing on interoperability and hardware portability.
/// </summary>
public sealed class Alliance
{
    internal Alliance(AllianceParameters parameters, IReadOnlyList<Cloud> clouds, IReadOnlyList<Lab> labs, IReadOnlyList<Vendor> vendors)
    {
        Parameters = parameters;
        Id = parameters.Id;
        IsVertical = parameters.Kind == AllianceKind.Vertical;
        Clouds = clouds;
        Labs = labs;
        Vendors = vendors;
        StartTick = parameters.StartTick;
        EndTick = parameters.EndTick ?? int.MaxValue;
    }

    /// <summary>The alliance's scenario parameters.</summary>
    public AllianceParameters Parameters { get; }

    /// <summary>Alliance id.</summary>
    public string Id { get; }

    /// <summary>Vertical (true) or horizontal.</summary>
    public bool IsVertical { get; }

    /// <summary>Member clouds.</summary>
    public IReadOnlyList<Cloud> Clouds { get; }

    /// <summary>Member labs.</summary>
    public IReadOnlyList<Lab> Labs { get; }

    /// <summary>Member vendors.</summary>
    public IReadOnlyList<Vendor> Vendors { get; }

    /// <summary>First month in force.</summary>
    public int StartTick { get; internal set; }

    /// <summary>First month no longer in force.</summary>
    public int EndTick { get; internal set; }

    /// <summary>Member labs' compute allocations before the alliance moved them, restored when it ends.</summary>
    internal List<(Lab Lab, double[] Allocation)> SavedAllocations { get; } = [];

    /// <summary>Its start effects have been applied.</summary>
    internal bool Started { get; set; }

    /// <summary>Its end effects have been applied.</summary>
    internal bool Ended { get; set; }

    /// <summary>Whether the alliance is in force at <paramref name="tick"/>.</summary>
    public bool ActiveAt(int tick) => tick >= StartTick && tick < EndTick;

    /// <summary>Whether <paramref name="firm"/> is a member.</summary>
    public bool Contains(Firm firm) => firm switch
    {
        Cloud c => Clouds.Contains(c),
        Lab l => Labs.Contains(l),
        Vendor v => Vendors.Contains(v),
        _ => false,
    };
}
