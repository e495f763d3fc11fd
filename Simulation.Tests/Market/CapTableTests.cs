using MarketSim.Market.Agents;

namespace MarketSim.Tests.Market;

public sealed class CapTableTests
{
    [Fact]
    public void Constructor_Shares_AllHeldByIncumbents()
    {
        var table = new CapTable(1000);

        Assert.Equal(1000, table.Outstanding);
        Assert.Equal(1, table.FractionOf(CapTable.Incumbents));
        Assert.Equal(0, table.FractionOf("nobody"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CapTable(0));
    }

    [Fact]
    public void Issue_NewShares_DilutesEveryoneElse()
    {
        var table = new CapTable(1000);
        table.Transfer("early", 100);

        table.Issue("round", 250);

        Assert.Equal(1250, table.Outstanding);
        Assert.Equal(0.2, table.FractionOf("round"), 12);
        Assert.Equal(0.08, table.FractionOf("early"), 12);
        Assert.Equal(0.72, table.FractionOf(CapTable.Incumbents), 12);
        Assert.Equal([CapTable.Incumbents, "early", "round"], table.Holders);
        Assert.Throws<ArgumentOutOfRangeException>(() => table.Issue("x", -1));
    }

    [Fact]
    public void Transfer_SecondaryPurchase_MovesSharesWithoutDilution()
    {
        var table = new CapTable(1000);

        table.Transfer("buyer", 300);
        table.Transfer("buyer", 100);

        Assert.Equal(1000, table.Outstanding);
        Assert.Equal(400, table.SharesOf("buyer"));
        Assert.Equal(600, table.SharesOf(CapTable.Incumbents));
    }

    [Fact]
    public void Transfer_MoreThanIncumbentsHold_Throws()
    {
        var table = new CapTable(1000);
        table.Issue("round", 500);

        Assert.Throws<InvalidOperationException>(() => table.Transfer("buyer", 1001));
    }
}
