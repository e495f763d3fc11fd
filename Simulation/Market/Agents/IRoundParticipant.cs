namespace MarketSim.Market.Agents;

/// <summary>Someone who may put money into a lab's funding round (investors with follow-on rights).</summary>
public interface IRoundParticipant
{
    /// <summary>
    /// How much this participant puts into <paramref name="lab"/>'s round of <paramref name="roundSize"/>
    /// (at most <paramref name="remaining"/>); it pays through the ledger and receives shares.
    /// </summary>
    double Subscribe(Lab lab, double roundSize, double remaining, double pricePerShare);
}
