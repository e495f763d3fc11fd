namespace MarketSim.Market.Parameters;

/// <summary>
/// What a strategy or an event may ask of scenario validation when it checks its own fields: the
/// validator (a layer above) implements it, so a type states its rules without knowing about files,
/// paths or lines. Paths are JSON paths ("$.investors[0].target").
/// </summary>
public interface IScenarioChecks
{
    /// <summary>Reports a problem at <paramref name="path"/>.</summary>
    void Report(string path, string message);

    /// <summary>Checks that <paramref name="id"/> names a lab present at tick <paramref name="atTick"/>.</summary>
    void Lab(string id, string path, int atTick);

    /// <summary>Checks a lab that enters by an event, like a scenario lab.</summary>
    void EnteringLab(LabParameters lab, string path);

    /// <summary>Checks that <paramref name="id"/> names a cloud.</summary>
    void Cloud(string id, string path);

    /// <summary>Checks that <paramref name="id"/> names a vendor.</summary>
    void Vendor(string id, string path);

    /// <summary>Checks that <paramref name="id"/> names an alliance.</summary>
    void Alliance(string id, string path);

    /// <summary>Checks that no id in <paramref name="ids"/> repeats.</summary>
    void NoRepeats(IReadOnlyList<string> ids, string path);

    /// <summary>Checks a lab's compute allocation: every key a cloud id, the shares summing to 1.</summary>
    void CloudAllocation(IReadOnlyDictionary<string, double> shares, string path);

    /// <summary>Checks weights by firm id (clouds and vendors only when <paramref name="infrastructureOnly"/>); not all zero.</summary>
    void Weights(IReadOnlyDictionary<string, double> weights, string path, bool infrastructureOnly);
}
