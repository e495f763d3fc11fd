using MarketSim.Market;
using MarketSim.Market.Parameters;

namespace MarketSim.Scenarios;

public static partial class ScenarioValidator
{
    // Some contradictions show only in the state the model builds at tick 0 (task demand's unlock curve
    // needs the tick-0 adopters' spend at tick-0 prices). Building that state at the scenario's own size
    // and seed finds them before any output is written; it is replication 0's tick 0 exactly.
    private static void CheckTickZero(ScenarioParameters scenario, ErrorCollector errors)
    {
        if (errors.HasErrors || scenario.Market.TaskDemand is null)
            return;
        try
        {
            MarketRunner.Run(scenario, 0, sink: null, flows: false, check: false, ticks: 1);
        }
        catch (ScenarioStateException e)
        {
            errors.Error(e.JsonPath, e.Message);
        }
    }
}
