namespace MarketSim.Scenarios.Observations;

/// <summary>What one replication did, month by month, firm by firm: the input every series measures.</summary>
public sealed class Trajectory
{
    private readonly Dictionary<string, FirmPath> _byId;

    /// <summary>Creates a trajectory of <paramref name="ticks"/> months over <paramref name="firms"/> (in scenario order).</summary>
    public Trajectory(int ticks, IReadOnlyList<FirmPath> firms)
    {
        ArgumentNullException.ThrowIfNull(firms);
        Ticks = ticks;
        Firms = firms;
        _byId = firms.ToDictionary(f => f.Id, StringComparer.Ordinal);
    }

    /// <summary>Months recorded (tick 0 is the scenario's start month).</summary>
    public int Ticks { get; }

    /// <summary>Every firm, in scenario order.</summary>
    public IReadOnlyList<FirmPath> Firms { get; }

    /// <summary>The firm with id <paramref name="id"/>, or null.</summary>
    public FirmPath? Firm(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The lowest positive lab price in month <paramref name="tick"/> (NaN when no lab has one): the cheapest token on offer.</summary>
    public double CheapestLabPrice(int tick)
    {
        var best = double.NaN;
        foreach (var firm in Firms)
        {
            if (firm.Kind != SeriesScope.Lab)
                continue;
            var price = firm[FirmMeasure.Price, tick];
            if (price > 0 && !(price >= best))
                best = price;
        }

        return best;
    }
}
