namespace MarketSim.Market.Agents;

/// <summary>A take-or-pay commitment in force: the lab pays the cloud at least <see cref="Monthly"/> a month.</summary>
public sealed class ComputeContract
{
    internal ComputeContract(string id, Lab lab, Cloud cloud, double total, int startTick, int months, Alliance? alliance)
    {
        Id = id;
        Lab = lab;
        Cloud = cloud;
        Monthly = total / months;
        StartTick = startTick;
        EndTick = startTick + months;
        Alliance = alliance;
    }

    /// <summary>The alliance the commitment belongs to, if any (it ends with it).</summary>
    public Alliance? Alliance { get; }

    /// <summary>Contract id.</summary>
    public string Id { get; }

    /// <summary>The committed lab.</summary>
    public Lab Lab { get; }

    /// <summary>The cloud paid.</summary>
    public Cloud Cloud { get; }

    /// <summary>Minimum payment per month, USD billion.</summary>
    public double Monthly { get; }

    /// <summary>First month in force.</summary>
    public int StartTick { get; }

    /// <summary>First month no longer in force.</summary>
    public int EndTick { get; internal set; }

    /// <summary>Whether the commitment binds at <paramref name="tick"/>.</summary>
    public bool ActiveAt(int tick) => tick >= StartTick && tick < EndTick && Lab.Alive && Cloud.Alive;
}
