using MarketSim.Output;
using MarketSim.Tests.Support;

namespace MarketSim.Tests.Output;

public sealed class SweepChartsTests
{
    [Fact]
    public void AllSweepCharts_RenderValidPngAndSvg()
    {
        using var dir = new TempDirectory();
        var values = new double[4, 5];
        for (var y = 0; y < 4; y++)
        {
            for (var x = 0; x < 5; x++)
            {
                values[y, x] = (x * 0.1) - (y * 0.05);
            }
        }

        values[3, 4] = double.NaN;
        var charts = new SweepCharts();
        ChartFile[] files;
        using (new CultureScope("de-DE"))
        {
            files =
            [
                charts.Heatmap(new HeatmapData("Racetrack advantage · sweep", "interop", [0, 0.25, 0.5, 0.75, 1], "lambda_v", [0, 0.5, 1, 1.5],
                    values, "Advantage (pp)"), dir.Path),
                charts.Sensitivity("Sobol indices · sweep", "racetrack advantage",
                [
                    new SensitivityBar("interop", "S1", 0.4, 0.3, 0.5), new SensitivityBar("interop", "ST", 0.55, 0.45, 0.65),
                    new SensitivityBar("eta", "S1", 0.1, 0.02, 0.2), new SensitivityBar("eta", "ST", 0.2, 0.1, 0.3),
                    new SensitivityBar("sigma_A", "S1", 0.25, 0.2, 0.3), new SensitivityBar("sigma_A", "ST", 0.3, 0.22, 0.41),
                ], dir.Path),
                charts.RacetrackAdvantage("Racetrack advantage · sweep", Enumerable.Range(0, 200).Select(i => Math.Sin(i) * 0.3 + 0.05).ToArray(), dir.Path),
                charts.PrimTradeoff("PRIM · racetrack loses", [new PrimBox(1, 0.2), new PrimBox(0.9, 0.35), new PrimBox(0.75, 0.6, true), new PrimBox(0.5, 0.8)], dir.Path),
            ];
        }

        foreach (var file in files)
        {
            OutputAssert.ValidPng(file.PngPath, 1000, 600);
            OutputAssert.ValidSvg(file.SvgPath, 1000, 600);
        }

        var preview = Environment.GetEnvironmentVariable("MARKETSIM_CHART_PREVIEW");
        if (!string.IsNullOrEmpty(preview))
        {
            Directory.CreateDirectory(Path.Combine(preview, "sweep"));
            foreach (var file in files)
            {
                File.Copy(file.PngPath, Path.Combine(preview, "sweep", Path.GetFileName(file.PngPath)), overwrite: true);
            }
        }
    }

    [Fact]
    public void Heatmap_GridMismatch_Throws()
    {
        using var dir = new TempDirectory();
        Assert.Throws<ArgumentException>(() => new SweepCharts().Heatmap(
            new HeatmapData("t", "x", [1, 2], "y", [1], new double[2, 2], "m"), dir.Path));
    }
}
