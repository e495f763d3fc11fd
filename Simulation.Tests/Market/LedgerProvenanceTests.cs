using MarketSim.Market.Money;

namespace MarketSim.Tests.Market;

public sealed class LedgerProvenanceTests
{
    private const int Digits = 12;

    private sealed class Book
    {
        public Book()
        {
            Customers = Ledger.OpenOutside("customers", "customer");
            Prior = Ledger.OpenOutside("prior-capital", "prior-capital");
            Lab = Ledger.OpenFirm("lab");
            Cloud = Ledger.OpenFirm("cloud");
            Vendor = Ledger.OpenFirm("vendor");
        }

        public Ledger Ledger { get; } = new();

        public Account Customers { get; }

        public Account Prior { get; }

        public Account Lab { get; }

        public Account Cloud { get; }

        public Account Vendor { get; }

        public int O(string origin) => Ledger.Origin(origin);
    }

    [Fact]
    public void Transfer_ThreeHops_OriginSplitFollowsTheMoneyProRata()
    {
        var b = new Book();
        var vc = b.Ledger.OpenOutside("investor:vc", "investment:vc");
        b.Ledger.Transfer(b.Prior, b.Cloud, 10, FlowKind.InitialCash);
        b.Ledger.Transfer(b.Customers, b.Lab, 30, FlowKind.CustomerPayment);

        // Hop 1: the investor funds the lab, which now holds 30 customer + 10 investor money.
        b.Ledger.Transfer(vc, b.Lab, 10, FlowKind.Funding);

        // Hop 2: the lab pays the cloud 20 = half its holdings: 15 customer + 5 investor.
        b.Ledger.Transfer(b.Lab, b.Cloud, 20, FlowKind.Compute);

        // Hop 3: the cloud (10 prior + 15 customer + 5 investor = 30) pays the vendor 12 = 40%: 4 + 6 + 2.
        b.Ledger.Transfer(b.Cloud, b.Vendor, 12, FlowKind.Chips);

        int customer = b.O("customer"), investor = b.O("investment:vc"), prior = b.O("prior-capital");
        AssertSplit(b.Lab, (customer, 15), (investor, 5), (prior, 0));
        AssertSplit(b.Cloud, (customer, 9), (investor, 3), (prior, 6));
        AssertSplit(b.Vendor, (customer, 6), (investor, 2), (prior, 4));
        AssertSplit(b.Customers, (customer, -30), (investor, 0), (prior, 0));
        AssertSplit(vc, (customer, 0), (investor, -10), (prior, 0));
        AssertSplit(b.Prior, (customer, 0), (investor, 0), (prior, -10));

        // Revenue by origin: funding and initial cash are not revenue, compute and chips are.
        Assert.Equal(30, b.Lab.ReceivedThisTick(customer), Digits);
        Assert.Equal(0, b.Lab.ReceivedThisTick(investor), Digits);
        Assert.Equal(15, b.Cloud.ReceivedThisTick(customer), Digits);
        Assert.Equal(5, b.Cloud.ReceivedThisTick(investor), Digits);
        Assert.Equal(0, b.Cloud.ReceivedThisTick(prior), Digits);
        Assert.Equal(2, b.Vendor.ReceivedThisTick(investor), Digits);
        Assert.Equal(4, b.Vendor.ReceivedThisTick(prior), Digits);

        Assert.Equal(0, b.Ledger.TotalBalance(), Digits);
        foreach (var account in b.Ledger.Accounts)
        {
            Assert.Equal(account.Total, account.Balance, Digits);
        }
    }

    [Fact]
    public void Invest_VendorFundsLabThatBuysFromItsCloud_VendorRevenueCarriesItsOwnMoneyBack()
    {
        // NVIDIA (100 prior capital) invests 10 in a lab that also takes 30 from customers; the lab pays the
        // cloud 20 (15 customer + 5 NVIDIA), the cloud (plus 10 prior) pays NVIDIA 12 for chips (40%: 6 customer,
        // 2 NVIDIA, 4 prior): a sixth of NVIDIA's revenue is its own investment coming back.
        var b = new Book();
        var nvidia = b.Ledger.OpenFirm("nvidia");
        b.Ledger.Transfer(b.Prior, nvidia, 100, FlowKind.InitialCash);
        b.Ledger.Transfer(b.Prior, b.Cloud, 10, FlowKind.InitialCash);
        var own = b.O("investment:nvidia");

        b.Ledger.Invest(nvidia, b.Lab, 10, FlowKind.Funding, own);
        b.Ledger.Transfer(b.Customers, b.Lab, 30, FlowKind.CustomerPayment);
        b.Ledger.Transfer(b.Lab, b.Cloud, 20, FlowKind.Compute);
        b.Ledger.Transfer(b.Cloud, nvidia, 12, FlowKind.Chips);

        int customer = b.O("customer"), prior = b.O("prior-capital");
        AssertSplit(b.Lab, (customer, 15), (own, 5), (prior, 0));
        AssertSplit(b.Cloud, (customer, 9), (own, 3), (prior, 6));
        AssertSplit(nvidia, (customer, 6), (own, 2), (prior, 94));
        var revenue = Enumerable.Range(0, b.Ledger.OriginNames.Count).Sum(nvidia.ReceivedThisTick);
        Assert.Equal(12, revenue, Digits);
        Assert.Equal(1.0 / 6, nvidia.ReceivedThisTick(own) / revenue, Digits);
        Assert.Equal(0, b.Ledger.TotalBalance(), Digits);
    }

    [Fact]
    public void Transfer_RestrictedCredits_SpentOnlyWhereNamed()
    {
        var b = new Book();
        var cloudInvestor = b.Ledger.OpenOutside("investor:empire", "investment:empire");
        var credits = b.O("credits:cloud");
        b.Ledger.Restrict(credits);
        b.Ledger.Invest(cloudInvestor, b.Lab, 10, FlowKind.Funding, credits);
        b.Ledger.Transfer(b.Customers, b.Lab, 10, FlowKind.CustomerPayment);

        Assert.Equal(10, b.Ledger.Spendable(b.Lab), Digits);
        b.Ledger.Transfer(b.Lab, b.Vendor, 4, FlowKind.Opex);
        b.Ledger.Transfer(b.Lab, b.Cloud, 8, FlowKind.Compute, credits);

        var customer = b.O("customer");
        AssertSplit(b.Lab, (customer, 6), (credits, 2));
        AssertSplit(b.Vendor, (customer, 4), (credits, 0));
        AssertSplit(b.Cloud, (customer, 0), (credits, 8));
    }

    [Fact]
    public void Transfer_MoreThanHeld_ShortfallIsCreditAndBalancesStillSumToZero()
    {
        var b = new Book();
        b.Ledger.Transfer(b.Customers, b.Lab, 5, FlowKind.CustomerPayment);
        b.Ledger.Transfer(b.Lab, b.Cloud, 8, FlowKind.Compute);

        var credit = b.O(Ledger.CreditOrigin);
        AssertSplit(b.Lab, (b.O("customer"), 0), (credit, -3));
        AssertSplit(b.Cloud, (b.O("customer"), 5), (credit, 3));
        Assert.Equal(-3, b.Lab.Balance, Digits);
        Assert.Equal(0, b.Ledger.TotalBalance(), Digits);
    }

    [Fact]
    public void BeginTick_AfterPayments_ClearsKindTotalsAndRevenueButNotBalances()
    {
        var b = new Book();
        b.Ledger.Transfer(b.Customers, b.Lab, 5, FlowKind.CustomerPayment);
        Assert.Equal(5, b.Ledger.KindTotal(FlowKind.CustomerPayment));
        Assert.Single(b.Ledger.FlowsThisTick);

        b.Ledger.BeginTick();

        Assert.Equal(0, b.Ledger.KindTotal(FlowKind.CustomerPayment));
        Assert.Equal(0, b.Lab.ReceivedThisTick(b.O("customer")));
        Assert.Empty(b.Ledger.FlowsThisTick);
        Assert.Equal(5, b.Lab.Balance);
    }

    private static void AssertSplit(Account account, params (int Origin, double Amount)[] expected)
    {
        foreach (var (origin, amount) in expected)
        {
            Assert.True(Math.Abs(account.OfOrigin(origin) - amount) < 1e-12, $"{account.Id} holds {account.OfOrigin(origin)} of origin {origin}, expected {amount}");
        }

        Assert.Equal(account.Total, account.Balance, Digits);
    }
}
