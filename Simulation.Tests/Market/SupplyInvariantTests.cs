using MarketSim.Market;
using MarketSim.Tests.Thesis;

namespace MarketSim.Tests.Market;

/// <summary>
/// The invariants of docs/model.md 3.3.14, with the supply-side identities of MODEL.md 8.6 items 6-7, every tick over
/// the library (9 scenarios x 20 seeds, v1 supply) and the hindcast (v2 supply), at 300 customers and 36 months.
/// </summary>
public sealed class SupplyInvariantTests
{
    private const int Seeds = 20;
    private const int Ticks = 36;

    public static TheoryData<string> Scenarios() => new([.. ThesisRuns.Library, "hindcast-2024", "hindcast-2024-driven"]);

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void EveryTick_EveryInvariantHolds(string name)
    {
        var scenario = ThesisRuns.Load(name, "customers.count=300");
        for (var seed = 0UL; seed < Seeds; seed++)
        {
            var market = new MarketModel(scenario, 0, seed + 1);
            for (var t = 0; t < Ticks; t++)
            {
                market.Step();
                var broken = InvariantChecker.Check(market);
                Assert.True(broken.Count == 0, $"{name}, seed {seed + 1}, tick {t}: " + string.Join("; ", broken));
            }
        }
    }

    [Fact]
    public void Hindcast_OutsideFleetsBuyChips_AndVendorsExpandThroughThePipeline()
    {
        var market = new MarketModel(ThesisRuns.Load("hindcast-2024", "customers.count=300"), 0, 1);
        var fleetCapex = 0.0;
        for (var t = 0; t < Ticks; t++)
        {
            market.Step();
            fleetCapex += market.SupplySide.FleetChipCapex;
        }

        Assert.Equal(2, market.SupplySide.Fleets.Count);
        Assert.True(fleetCapex > 0);
        Assert.True(market.SupplySide.Fleets[1].DemandShare > 0);
        Assert.True(market.VendorById("nvidia").Pipeline!.Ordered.Sum() > 0);
        Assert.All(market.Clouds, c => Assert.NotNull(c.Pricing));
    }
}
