namespace MarketSim.Output;

/// <summary>
/// The logic of <c>marketsim plot &lt;run-dir&gt;... [--out DIR]</c>: redraws charts from saved run
/// folders alone. One run: its charts into the output folder. Several: overlay charts comparing
/// them in the output folder, plus each run's own charts in a subfolder named by its label.
/// </summary>
public sealed class PlotCommand
{
    private readonly int _width;
    private readonly int _height;

    /// <summary>Charts of the given pixel size (default 1000 x 600).</summary>
    public PlotCommand(int width = ChartStyle.Width, int height = ChartStyle.Height)
    {
        _width = width;
        _height = height;
    }

    /// <summary>Draws the charts of <paramref name="runDirectories"/> into <paramref name="outDirectory"/>.</summary>
    public ChartSet Plot(IReadOnlyList<string> runDirectories, string outDirectory)
    {
        ArgumentNullException.ThrowIfNull(runDirectories);
        ArgumentException.ThrowIfNullOrWhiteSpace(outDirectory);
        if (runDirectories.Count == 0)
        {
            throw new ArgumentException("Name at least one run folder to plot.", nameof(runDirectories));
        }

        var runs = Label(runDirectories.Select(RunData.Load).ToList());
        var charts = new RunCharts(_width, _height);
        if (runs.Count == 1)
        {
            return charts.Write(runs[0].Run, outDirectory);
        }

        var skipped = new List<string>();
        var overlays = ChartWriter.SaveAll(OverlayCharts.Build(runs, skipped), [], outDirectory, _width, _height);
        var files = new List<ChartFile>(overlays.Charts);
        foreach (var (label, run) in runs)
        {
            var own = charts.Write(run, Path.Combine(outDirectory, SafeFolderName(label)));
            files.AddRange(own.Charts);
            skipped.AddRange(own.Skipped.Select(s => $"{label}: {s}"));
        }

        return new ChartSet(files, skipped);
    }

    /// <summary>Scenario names, with the run folder's name added where two runs share a scenario.</summary>
    internal static List<LabelledRun> Label(IReadOnlyList<RunData> runs)
    {
        var result = new List<LabelledRun>(runs.Count);
        foreach (var run in runs)
        {
            var label = run.ScenarioName;
            if (runs.Count(r => string.Equals(r.ScenarioName, run.ScenarioName, StringComparison.Ordinal)) > 1)
            {
                label = $"{label} ({Path.GetFileName(run.Directory)})";
            }

            // Same scenario and same folder name (runs from different parents): number them to keep labels apart.
            var unique = label;
            for (var n = 2; result.Any(r => string.Equals(r.Label, unique, StringComparison.Ordinal)); n++)
            {
                unique = $"{label} #{n}";
            }

            result.Add(new LabelledRun(unique, run));
        }

        return result;
    }

    private static string SafeFolderName(string label)
    {
        var chars = label.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray();
        return new string(chars).Trim('.');
    }
}
