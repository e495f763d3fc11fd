namespace MarketSim.Scenarios.Observations;

/// <summary>How a reported figure stands to the model's measure of it.</summary>
public enum FigureBound
{
    /// <summary>The figure is the measure (over its share in <c>shares.csv</c>): an error either way counts.</summary>
    Point,

    /// <summary>The figure holds more than the measure (segment revenue against AI revenue): only a measure above it is an error.</summary>
    Upper,

    /// <summary>The figure holds less than the measure (a "more than" disclosure): only a measure below it is an error.</summary>
    Lower,
}
