using MarketSim.Market;
using MarketSim.Output;
using MathNet.Numerics.Statistics;

namespace MarketSim.Cli;

/// <summary>
/// One replication's record of the tick at which each firm died (-1 while alive), observed after every tick, and the
/// defaults.csv rows of a run's replications.
/// </summary>
internal sealed class FirmExits
{
    private readonly List<(string Id, string Kind, int Tick)> _firms = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    /// <summary>Records firms that appear or die in the tick <paramref name="market"/> has just run.</summary>
    public void Observe(MarketModel market)
    {
        foreach (var firm in market.Firms())
        {
            if (!_index.TryGetValue(firm.FirmId, out var i))
            {
                i = _firms.Count;
                _index[firm.FirmId] = i;
                _firms.Add((firm.FirmId, MarketReporters.KindName(firm.Kind), -1));
            }

            if (!firm.Alive && _firms[i].Tick < 0)
            {
                _firms[i] = _firms[i] with { Tick = market.Steps - 1 };
            }
        }
    }

    /// <summary>A row per firm, in the order firms first appear, over <paramref name="replications"/>.</summary>
    public static IEnumerable<DefaultsRow> Rows(IEnumerable<FirmExits> replications)
    {
        // Insertion order of the first replication a firm appears in, then of later entrants.
        var tallies = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var order = new List<Tally>();
        foreach (var (id, kind, tick) in replications.SelectMany(r => r._firms))
        {
            if (!tallies.TryGetValue(id, out var tally))
            {
                tally = new Tally(id, kind);
                tallies[id] = tally;
                order.Add(tally);
            }

            tally.Seen++;
            if (tick >= 0)
            {
                tally.Died.Add(tick);
            }
        }

        return order.Select(t => new DefaultsRow
        {
            Id = t.Id,
            Kind = t.Kind,
            Replications = t.Seen,
            Defaults = t.Died.Count,
            DefaultShare = (double)t.Died.Count / t.Seen,
            MedianDefaultTick = t.Died.Count > 0 ? t.Died.Median() : double.NaN,
        });
    }

    private sealed class Tally(string id, string kind)
    {
        public string Id { get; } = id;

        public string Kind { get; } = kind;

        public int Seen { get; set; }

        public List<double> Died { get; } = [];
    }
}
