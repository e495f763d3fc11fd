using MarketSim.Experiments.Calibration;
using MarketSim.Scenarios.Observations;

namespace MarketSim.Tests.Experiments.Calibration;

public class CalibrationLossTests
{
    [Theory]
    [InlineData(0.3)]
    [InlineData(-0.3)]
    public void Charge_Point_CountsAnErrorEitherWay(double error) =>
        Assert.Equal(9, CalibrationLoss.Charge(FigureBound.Point, error, 0.1), 12);

    [Fact]
    public void Charge_UpperBound_CountsOnlyAMeasureAboveTheFigure()
    {
        // Segment revenue holds more than the model's AI revenue: being below it is no error, above it is.
        Assert.Equal(0, CalibrationLoss.Charge(FigureBound.Upper, -2.5, 0.1));
        Assert.Equal(9, CalibrationLoss.Charge(FigureBound.Upper, 0.3, 0.1), 12);
    }

    [Fact]
    public void Charge_LowerBound_CountsOnlyAMeasureBelowTheFigure()
    {
        Assert.Equal(0, CalibrationLoss.Charge(FigureBound.Lower, 0.8, 0.1));
        Assert.Equal(4, CalibrationLoss.Charge(FigureBound.Lower, -0.4, 0.2), 12);
    }

    [Theory]
    [InlineData("cloud_revenue_quarter", FigureBound.Upper)]
    [InlineData("token_list_price_output", FigureBound.Upper)]
    [InlineData("contracted_backlog", FigureBound.Upper)]
    [InlineData("token_list_price_input", FigureBound.Point)]
    [InlineData("vendor_ai_accelerator_revenue_year", FigureBound.Lower)]
    [InlineData("capex_quarter", FigureBound.Point)]
    [InlineData("lab_revenue_run_rate", FigureBound.Point)]
    public void Series_DeclareHowTheirFiguresBoundTheMeasure(string series, FigureBound bound) =>
        Assert.Equal(bound, SeriesKinds.Find(series)!.Bound);
}
