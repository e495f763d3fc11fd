using MarketSim.Engine;
using MarketSim.Market;
using MarketSim.Tests.Market;

namespace MarketSim.Tests.Output;

/// <summary>
/// Each CSV's header as the market's reporters declare it (the one declaration of the columns), read
/// from a collector built for a tiny market.
/// </summary>
internal static class ReporterColumns
{
    private static readonly Lazy<DataCollector> Collector =
        new(() => MarketReporters.Create(new MarketModel(TestScenarios.Quiet(customers: 20), replication: 0, seed: 1), flows: true));

    public static string[] Model => Of(DataCollector.ModelTable);

    public static string[] Firms => Of(MarketReporters.FirmsTable);

    public static string[] Investors => Of(MarketReporters.InvestorsTable);

    public static string[] Flows => Of(MarketReporters.FlowsTable);

    private static string[] Of(string table) => [.. Collector.Value.ColumnsOf(table)];
}
