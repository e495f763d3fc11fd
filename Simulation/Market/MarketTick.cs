using MarketSim.Engine;
using MarketSim.Market.Agents;
using MarketSim.Market.Investors;
using MarketSim.Market.Parameters;

namespace MarketSim.Market;

/// <summary>
/// What every stage of a market tick receives (docs/architecture.md): the tick number, the agent sets
/// and the submodels. A stage reads what earlier stages wrote into them and writes its own results;
/// the stage table in <see cref="MarketModel"/> holds no state of its own.
/// </summary>
public sealed class MarketTick
{
    internal MarketTick(MarketModel market, CustomerMarket customers, ComputeExchange exchange, ChipProcurement procurement, SentimentModel sentiment, FrontierHistory frontier, InferenceEfficiency efficiency, RandomStream marketRandom)
    {
        Market = market;
        Parameters = market.Parameters.Market;
        Customers = customers;
        Exchange = exchange;
        Procurement = procurement;
        Sentiment = sentiment;
        Frontier = frontier;
        Efficiency = efficiency;
        MarketRandom = marketRandom;
        PrioritySupply = new bool[market.Clouds.Count];
        Minimums = new double[market.Clouds.Count];
        Workloads = Parameters.Workloads is { } workloads && Parameters.TaskDemand is not null
            ? new CloudWorkloads(workloads, market, procurement, frontier, efficiency)
            : null;
    }

    /// <summary>v2 captive and other-ai workloads, or null (v1 background).</summary>
    public CloudWorkloads? Workloads { get; }

    /// <summary>The tick being run.</summary>
    public int Tick { get; internal set; }

    /// <summary>The market (for the firm list and the reporters' inputs).</summary>
    public MarketModel Market { get; }

    /// <summary>Market-wide parameters.</summary>
    public MarketParameters Parameters { get; }

    /// <summary>Labs, in scenario order (entrants appended).</summary>
    public AgentSet<Lab> Labs => Market.Labs;

    /// <summary>Clouds, in scenario order.</summary>
    public AgentSet<Cloud> Clouds => Market.Clouds;

    /// <summary>Vendors, in scenario order.</summary>
    public AgentSet<Vendor> Vendors => Market.Vendors;

    /// <summary>Investors, in scenario order.</summary>
    public AgentSet<Investor> Investors => Market.Investors;

    /// <summary>Customers: adoption, choice, demand.</summary>
    public CustomerMarket Customers { get; }

    /// <summary>Compute requests, rationing, billing, take-or-pay, hosting.</summary>
    public ComputeExchange Exchange { get; }

    /// <summary>Vendor choice for clouds' new capacity.</summary>
    public ChipProcurement Procurement { get; }

    /// <summary>The v2 supply rules and outside fleets.</summary>
    public SupplySide Supply => Market.SupplySide;

    /// <summary>Sentiment and expected growth.</summary>
    public SentimentModel Sentiment { get; }

    /// <summary>Frontier capability by tick.</summary>
    public FrontierHistory Frontier { get; }

    /// <summary>Compute per WU.</summary>
    public InferenceEfficiency Efficiency { get; }

    /// <summary>Alliances and what they hold.</summary>
    public AllianceBook Alliances => Market.Alliances;

    /// <summary>Funding rounds.</summary>
    public FundingMarket Funding => Market.Funding;

    /// <summary>This tick's totals.</summary>
    public MarketTotals Totals => Market.Totals;

    /// <summary>The market's random stream (sentiment shocks).</summary>
    public RandomStream MarketRandom { get; }

    /// <summary>Scratch for the ship stage: whether the vendor being activated ships each cloud first.</summary>
    internal bool[] PrioritySupply { get; }

    /// <summary>Scratch for the lab-orders stage: the take-or-pay minimums of the lab being activated, CU per cloud (v2 allocation).</summary>
    internal double[] Minimums { get; }
}
