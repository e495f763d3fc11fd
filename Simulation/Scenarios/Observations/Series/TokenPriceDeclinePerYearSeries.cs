namespace MarketSim.Scenarios.Observations.Series;

[ObservationSeries("token_price_decline_per_year")]
internal sealed class TokenPriceDeclinePerYearSeries : ObservationSeries
{
    public override SeriesScope Scope => SeriesScope.Market;

    public override string Maps => "The yearly factor by which the cheapest lab price falls over the period: (first / last)^(12 / months).";

    public override double Measure(Trajectory run, FirmPath? firm, int first, int last)
    {
        if (last <= first)
            return double.NaN;
        var start = run.CheapestLabPrice(first);
        var end = run.CheapestLabPrice(last);
        return start > 0 && end > 0 ? Math.Pow(start / end, 12.0 / (last - first)) : double.NaN;
    }
}
