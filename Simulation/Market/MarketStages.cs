using MarketSim.Engine;
using MarketSim.Market.Agents;

namespace MarketSim.Market;

/// <summary>The stage table of a market tick (docs/model.md section 1.3), which <see cref="MarketModel"/> runs each step.</summary>
internal static class MarketStages
{
    // The tick: docs/model.md section 1.3, step by step (a test holds the two tables equal). Each stage
    // is a static lambda, so it sees only the tick context; labs, clouds and vendors act in an order
    // shuffled by the model's generator, customers and investors in index order.
    internal static StagedActivation<MarketTick> Table(RandomStream shuffle) => new StagedActivation<MarketTick>()
        .Add("prices", static t => t.Labs, static (lab, t) => lab.SetPrice(t.Efficiency.Intensity(lab, t.Tick)), null)
        .Add("choices", static t => t.Customers.UpdateChoices(t.Tick))
        .Add("adoption", static t => t.Customers.SetAdoptionProbabilities())
        .Add("customers", static t => t.Customers.StepCustomers())
        .Add("demand", static t => t.Customers.ComputeDemand(t.Tick, t.Exchange, t.Workloads))
        .Add("lab-orders", static t => t.Labs, static (lab, t) =>
            t.Exchange.TakeOrders(lab, t.Efficiency.Intensity(lab, t.Tick), t.Tick, t.Parameters.Allocation is not null, t.Minimums), shuffle)
        .Add("serve", static t => t.Clouds, static (cloud, t) => t.Exchange.Serve(cloud, t.Tick), shuffle)
        .Add("lab-settle", static t => t.Labs, static (lab, t) =>
            lab.Settle(t.Frontier.At(t.Tick - t.Parameters.OpenWeightsLag), t.Exchange.HostingServedWU(lab), t.Funding), shuffle)
        .Add("cloud-invest", static t => t.Clouds, static (cloud, t) =>
            t.Supply.InvestCloud(cloud, t.Tick, t.Sentiment, Math.Pow(t.Sentiment.Value, t.Parameters.Sentiment.CapexOptimism)), shuffle)
        .Add("outside-invest", static t => t.Supply.InvestFleets(t.Tick, t.Sentiment))
        .Add("ship", static t => t.Vendors, static (vendor, t) =>
        {
            t.Alliances.FillPrioritySupply(vendor, t.Clouds, t.Tick, t.PrioritySupply);
            vendor.Ship(t.Tick, t.PrioritySupply, t.Supply.MarketGrowth(t.Sentiment));
        }, shuffle)
        .Add("finance", static t => t.Market.Finance?.Run(t.Tick, t.Sentiment.Value))
        .Add("frontier", static t => t.Frontier.Advance(t.Labs, t.Tick, t.Parameters.OpenWeightsLag, t.Parameters.Knowledge is not null))
        .Add("round-trip", static t => MarketTotals.MeasureRoundTrips(t.Market))
        .Add("totals", static t => t.Totals.Compute(t.Market, t.Customers, t.Exchange))
        .Add("close-tick", static t => Firm.CloseTick(t.Market.Firms()))
        .Add("valuation", static t => Valuation.MarkAll(t.Market))
        .Add("investors-buy", static t => t.Investors, static (investor, t) =>
        {
            if (t.Tick == 0)
            {
                investor.Buy();
            }
        }, null)
        .Add("investors-mark", static t => t.Investors, static (investor, _) => investor.Mark(), null)
        .Add("sentiment", static t => t.Sentiment.Update(t.Totals.CustomerSpend, t.Totals.DemandedSpend, t.Totals.AiCapex, t.MarketRandom));
}
