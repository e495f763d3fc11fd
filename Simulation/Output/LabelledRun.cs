namespace MarketSim.Output;

/// <summary>A loaded run and the label it carries in overlays (scenario name, made unique).</summary>
internal sealed record LabelledRun(string Label, RunData Run);
