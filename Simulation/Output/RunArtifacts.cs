namespace MarketSim.Output;

/// <summary>Charts and report of a finished run folder, drawn from its files alone.</summary>
public static class RunArtifacts
{
    /// <summary>The charts folder inside a run folder.</summary>
    public const string ChartsFolder = "charts";

    /// <summary>Loads <paramref name="runDirectory"/>, writes <c>charts/</c> and <c>report.html</c> into it.</summary>
    public static RunArtifactsResult Write(string runDirectory)
    {
        var run = RunData.Load(runDirectory);
        var charts = new RunCharts().Write(run, run.PathOf(ChartsFolder));
        var report = run.PathOf(RunReport.FileName);
        RunReport.Write(run, charts, report);
        return new RunArtifactsResult(charts, report);
    }
}
