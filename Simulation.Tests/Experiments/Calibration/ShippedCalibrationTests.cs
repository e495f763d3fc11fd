using MarketSim.Experiments.Calibration;
using MarketSim.Tests.Support;

namespace MarketSim.Tests.Experiments.Calibration;

/// <summary>Every calibration file the repository ships loads: its base, its observations and its parameter paths.</summary>
public class ShippedCalibrationTests
{
    public static TheoryData<string> Files =>
        [.. Directory.GetFiles(Path.Combine(Repository.Root, "scenarios", "calibrations"), "*.json")
            .Select(f => Path.GetFileName(f))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Files))]
    public void ShippedCalibration_Loads(string file)
    {
        var spec = CalibrationLoader.Load(Path.Combine(Repository.Root, "scenarios", "calibrations", file));

        Assert.Equal(Path.GetFileNameWithoutExtension(file), spec.Name);
        Assert.True(spec.Space.Count > 0, "no free parameter");
        Assert.NotEmpty(spec.Observations.Observations);
    }
}
