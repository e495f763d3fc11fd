using MarketSim.Market.Parameters;

namespace MarketSim.Scenarios.Observations.Series;

[ObservationSeries("market_value")]
internal sealed class MarketValueSeries() : LevelSeries(FirmMeasure.CompanyValue)
{
    public override SeriesScope Scope => SeriesScope.Listed;

    public override string Maps => "The model's value of the listed company in the month of the date: its AI business (every member firm's valuation) plus its core business (docs/model.md (9.14)); under the v1 value law, which has no companies, the valuation of the cloud or vendor standing for it, on which the whole company is an upper bound.";

    // Under the v2 law every cloud and vendor belongs to a listed company and the measure is the whole company; under
    // v1 it is the AI business alone, which the company's market value holds together with a core business.
    public override FigureBound BoundIn(ScenarioParameters scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario.Market.Valuation.Law == ValuationLaw.V2 ? FigureBound.Point : FigureBound.Upper;
    }
}
