using MarketSim.Market.Parameters;

namespace MarketSim.Scenarios;

/// <content>Events: ticks within the horizon; each kind checks its own references (<see cref="ICheckedEvent"/>).</content>
public static partial class ScenarioValidator
{
    /// <content>Events: ticks within the horizon; each kind checks its own references.</content>
    private sealed partial class Checks
    {
        private void Events()
        {
            for (var i = 0; i < scenario.Events.Count; i++)
            {
                var path = $"$.events[{I(i)}]";
                var item = scenario.Events[i];
                Tick(item.Tick, path + ".tick");
                if (item is ICheckedEvent checkedEvent)
                    checkedEvent.Validate(path, this);
            }
        }
    }
}
