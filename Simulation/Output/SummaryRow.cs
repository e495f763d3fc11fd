using CsvHelper.Configuration.Attributes;

namespace MarketSim.Output;

/// <summary>One row of summary.csv: an investor's results across replications. Returns are fractions (0.25 = +25%).</summary>
public sealed record SummaryRow
{
    /// <summary>Investor id.</summary>
    public string Id { get; init; } = "";

    /// <summary>Strategy name.</summary>
    public string Strategy { get; init; } = "";

    /// <summary>What the strategy holds (e.g. a lab id for single-lab), or empty.</summary>
    public string Target { get; init; } = "";

    /// <summary>Replications summarised.</summary>
    public int Replications { get; init; }

    /// <summary>Mean final total return.</summary>
    public double MeanReturn { get; init; }

    /// <summary>Lower end of the 95% bootstrap interval of the mean final return (NaN with one replication).</summary>
    // Optional: run folders written before these columns existed still load.
    [Optional]
    public double MeanReturnLow { get; init; } = double.NaN;

    /// <summary>Upper end of the 95% bootstrap interval of the mean final return.</summary>
    [Optional]
    public double MeanReturnHigh { get; init; } = double.NaN;

    /// <summary>Median final return.</summary>
    [Optional]
    public double MedianReturn { get; init; } = double.NaN;

    /// <summary>5th percentile of final return.</summary>
    public double P5Return { get; init; }

    /// <summary>95th percentile of final return.</summary>
    public double P95Return { get; init; }

    /// <summary>Compound annual growth rate.</summary>
    public double Cagr { get; init; }

    /// <summary>Annualised volatility of monthly returns.</summary>
    public double Volatility { get; init; }

    /// <summary>Maximum drawdown, as a positive fraction of the running peak.</summary>
    public double MaxDrawdown { get; init; }

    /// <summary>Share of replications with a final return below zero.</summary>
    public double ProbLoss { get; init; }

    /// <summary>Certainty-equivalent return of putting a fraction of wealth into the strategy (scenario section analysis).</summary>
    [Optional]
    public double CertaintyEquivalent { get; init; } = double.NaN;
}
