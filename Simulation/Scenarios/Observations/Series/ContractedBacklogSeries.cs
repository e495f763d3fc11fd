namespace MarketSim.Scenarios.Observations.Series;

[ObservationSeries("contracted_backlog")]
internal sealed class ContractedBacklogSeries() : LevelSeries(FirmMeasure.Backlog)
{
    public override SeriesScope Scope => SeriesScope.Cloud;

    public override string Maps => "The cloud's remaining payments on compute contracts at the end of the month of the date; a reported backlog (RPO) holds every commercial contract, so it is an upper bound on the compute contracts' part.";

    public override FigureBound Bound => FigureBound.Upper;
}
