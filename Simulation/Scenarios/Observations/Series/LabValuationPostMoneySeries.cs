namespace MarketSim.Scenarios.Observations.Series;

[ObservationSeries("lab_valuation_post_money")]
internal sealed class LabValuationPostMoneySeries() : LevelSeries(FirmMeasure.Valuation)
{
    public override SeriesScope Scope => SeriesScope.Lab;

    public override string Maps => "The lab's valuation in the month of the deal.";
}
