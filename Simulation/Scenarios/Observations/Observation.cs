namespace MarketSim.Scenarios.Observations;

/// <summary>
/// One row of an observation file (docs/observations.md): a sourced figure for one series and firm over
/// one period, with its value converted to model units.
/// </summary>
/// <param name="Series">Series name, e.g. <c>lab_revenue_run_rate</c>.</param>
/// <param name="Firm">The firm or company as written (e.g. <c>microsoft</c>, <c>openai</c>, <c>market</c>).</param>
/// <param name="PeriodStart">First day the figure covers.</param>
/// <param name="PeriodEnd">Last day the figure covers.</param>
/// <param name="Value">The figure in model units (the file's value times its unit's factor).</param>
/// <param name="Low">Lower end of the published range in model units, or null.</param>
/// <param name="High">Upper end of the published range in model units, or null.</param>
/// <param name="Unit">The unit as written in the file.</param>
/// <param name="Kind">reported, guidance, estimate or leak.</param>
/// <param name="Date">When the figure became known: the issue date for guidance, else the period end.</param>
/// <param name="Source">Source URL.</param>
/// <param name="Line">Line of the row in its file (for messages).</param>
public sealed record Observation(
    string Series,
    string Firm,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    double Value,
    double? Low,
    double? High,
    string Unit,
    string Kind,
    DateOnly Date,
    string Source,
    int Line);
