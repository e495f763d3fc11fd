namespace MarketSim.Market.Parameters;

/// <summary>A take-or-pay compute commitment: the lab pays at least the monthly minimum to the cloud.</summary>
/// <param name="Id">Identifier of the contract.</param>
/// <param name="Lab">Lab id.</param>
/// <param name="Cloud">Cloud id.</param>
/// <param name="Total">Total commitment, USD billion, spread evenly over the months.</param>
/// <param name="StartTick">First month of the commitment.</param>
/// <param name="Months">Length in months.</param>
/// <param name="SignedTick">
/// Month the contract is signed: from then on it is in the cloud's backlog and capex plan; 0 when signed by the
/// scenario's start (an alliance's commitments are signed when the alliance starts).
/// </param>
public sealed record ContractParameters(string Id, string Lab, string Cloud, double Total, int StartTick, int Months, int SignedTick = 0);
