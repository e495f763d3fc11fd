using MarketSim.Market;
using MarketSim.Market.Agents;
using MarketSim.Scenarios.Observations;

namespace MarketSim.Experiments.Backtests;

/// <summary>
/// Records a replication's firm measures after every tick (pass <see cref="Observe"/> as the runner's
/// <c>afterTick</c>). Firms are added in the order they first appear, so labs that enter by events keep a
/// fixed place.
/// </summary>
public sealed class TrajectoryRecorder
{
    private readonly int _ticks;
    private readonly List<FirmPath> _firms = [];
    private readonly Dictionary<string, FirmPath> _byId = new(StringComparer.Ordinal);

    /// <summary>Creates a recorder for <paramref name="ticks"/> months.</summary>
    public TrajectoryRecorder(int ticks)
    {
        _ticks = ticks;
    }

    /// <summary>The recorded trajectory.</summary>
    public Trajectory Trajectory => new(_ticks, _firms);

    /// <summary>Records the month just stepped.</summary>
    public void Observe(MarketModel market)
    {
        ArgumentNullException.ThrowIfNull(market);
        var t = market.Steps - 1;
        if (t < 0 || t >= _ticks)
            return;
        var meanCloudPrice = 0.0;
        var clouds = 0;
        foreach (var cloud in market.Clouds)
        {
            meanCloudPrice += cloud.Price;
            clouds++;
        }

        meanCloudPrice = clouds > 0 ? meanCloudPrice / clouds : double.NaN;
        foreach (var firm in market.Firms())
        {
            if (!_byId.TryGetValue(firm.FirmId, out var path))
            {
                path = new FirmPath(firm.FirmId, firm.Kind switch
                {
                    FirmKind.Lab => SeriesScope.Lab,
                    FirmKind.Cloud => SeriesScope.Cloud,
                    _ => SeriesScope.Vendor,
                }, _ticks);
                _byId.Add(firm.FirmId, path);
                _firms.Add(path);
            }

            path[FirmMeasure.Revenue, t] = firm.Revenue;
            path[FirmMeasure.Valuation, t] = firm.Valuation;
            path[FirmMeasure.CompanyValue, t] = market.ValueLaw?.EntityOf(firm) is { } company ? company.CompanyValue : firm.Valuation;
            switch (firm)
            {
                case Lab lab:
                    path[FirmMeasure.Price, t] = lab.Price;
                    path[FirmMeasure.Compute, t] = meanCloudPrice > 0 ? lab.ComputeSpend / meanCloudPrice : 0;
                    break;
                case Cloud cloud:
                    path[FirmMeasure.Price, t] = cloud.Price;
                    path[FirmMeasure.Capex, t] = cloud.Capex;
                    path[FirmMeasure.Capacity, t] = cloud.Capacity;
                    path[FirmMeasure.Backlog, t] = market.Exchange.RemainingPayments(cloud, t);
                    break;
                case Vendor vendor:
                    path[FirmMeasure.Price, t] = vendor.Price;
                    path[FirmMeasure.Capacity, t] = vendor.Supply;
                    break;
            }
        }
    }
}
