namespace MarketSim.Market.Parameters;

/// <summary>An event kind whose fields name labs, clouds, vendors or alliances, and checks them itself.</summary>
public interface ICheckedEvent
{
    /// <summary>Checks the event's references; <paramref name="path"/> is the event's JSON path.</summary>
    void Validate(string path, IScenarioChecks checks);
}
