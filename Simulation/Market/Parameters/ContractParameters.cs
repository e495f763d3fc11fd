namespace MarketSim.Market.Parameters;

/// <summary>A take-or-pay compute commitment: the lab pays at least the monthly minimum to the cloud.</summary>
/// <param name="Id">Identifier of the contract.</param>
/// <param name="Lab">Lab id.</param>
/// <param name="Cloud">Cloud id.</param>
/// <param name="Total">Total commitment, USD billion, spread evenly over the months.</param>
/// <param name="StartTick">First month of the commitment.</param>
/// <param name="Months">Length in months.</param>
public sealed record ContractParameters(string Id, string Lab, string Cloud, double Total, int StartTick, int Months);
