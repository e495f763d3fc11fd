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
        var firms = new List<(string Id, string Kind)>();
        var ticks = new Dictionary<string, (int Seen, List<double> Died)>(StringComparer.Ordinal);
        foreach (var replication in replications)
        {
            foreach (var (id, kind, tick) in replication._firms)
            {
                if (!ticks.TryGetValue(id, out var record))
                {
                    firms.Add((id, kind));
                    record = (0, []);
                }

                if (tick >= 0)
                {
                    record.Died.Add(tick);
                }

                ticks[id] = (record.Seen + 1, record.Died);
            }
        }

        return firms.Select(f =>
        {
            var (seen, died) = ticks[f.Id];
            return new DefaultsRow
            {
                Id = f.Id,
                Kind = f.Kind,
                Replications = seen,
                Defaults = died.Count,
                DefaultShare = (double)died.Count / seen,
                MedianDefaultTick = died.Count > 0 ? died.Median() : double.NaN,
            };
        });
    }
}
