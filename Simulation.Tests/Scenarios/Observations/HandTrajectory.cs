using MarketSim.Scenarios.Observations;

namespace MarketSim.Tests.Scenarios.Observations;

/// <summary>
/// A hand-made 24-month trajectory: lab openai revenue 1 + t, valuation 100 + 10 t, price 5 - 0.1 t, compute 0.5 t;
/// lab meta price 8 (never the cheapest); cloud azure revenue 10 + t, capex 2 t, price 2 + 0.01 t, capacity 3 + t,
/// backlog 50 - t, valuation 400 + 5 t; vendor nvidia revenue 100 + t. A scale multiplies every money figure.
/// </summary>
internal static class HandTrajectory
{
    public const int Ticks = 24;

    public static Trajectory Create(double scale = 1)
    {
        var lab = new FirmPath("openai", SeriesScope.Lab, Ticks);
        var meta = new FirmPath("meta", SeriesScope.Lab, Ticks);
        var cloud = new FirmPath("azure", SeriesScope.Cloud, Ticks);
        var vendor = new FirmPath("nvidia", SeriesScope.Vendor, Ticks);
        for (var t = 0; t < Ticks; t++)
        {
            lab[FirmMeasure.Revenue, t] = scale * (1 + t);
            lab[FirmMeasure.Valuation, t] = scale * (100 + (10 * t));
            lab[FirmMeasure.Price, t] = 5 - (0.1 * t);
            lab[FirmMeasure.Compute, t] = 0.5 * t;
            meta[FirmMeasure.Price, t] = 8;
            cloud[FirmMeasure.Revenue, t] = scale * (10 + t);
            cloud[FirmMeasure.Capex, t] = scale * 2 * t;
            cloud[FirmMeasure.Price, t] = 2 + (0.01 * t);
            cloud[FirmMeasure.Capacity, t] = 3 + t;
            cloud[FirmMeasure.Backlog, t] = scale * (50 - t);
            cloud[FirmMeasure.Valuation, t] = scale * (400 + (5 * t));
            cloud[FirmMeasure.CompanyValue, t] = scale * (3000 + (20 * t));
            vendor[FirmMeasure.Revenue, t] = scale * (100 + t);
        }

        return new Trajectory(Ticks, [lab, meta, cloud, vendor]);
    }
}
