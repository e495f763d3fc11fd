using MarketSim.Engine;
using MarketSim.Output;
using MarketSim.Tests.Support;

namespace MarketSim.Tests.Output;

public sealed class CsvDataSinkTests
{
    [Fact]
    public void WriteRow_UnderGermanCulture_WritesInvariantNumbersLfAndHeader()
    {
        using var dir = new TempDirectory();
        using (new CultureScope("de-DE"))
        {
            using var sink = new CsvDataSink(dir.Path);
            sink.BeginTable("model", ["tick", "value", "label"]);
            sink.WriteRow("model", [DataValue.Of(0L), DataValue.Of(1.5), DataValue.Of("plain")]);
            sink.WriteRow("model", [DataValue.Of(1L), DataValue.Of(1234.5678), DataValue.Of("a,b")]);
        }

        var text = File.ReadAllText(Path.Combine(dir.Path, "model.csv"));
        Assert.Equal("tick,value,label\n0,1.5,plain\n1,1234.5678,\"a,b\"\n", text);
    }

    [Fact]
    public void WriteRow_Doubles_RoundTripExactly()
    {
        using var dir = new TempDirectory();
        double[] values = [0.1 + 0.2, 1e-300, -123456789.123456789, Math.PI];
        using (var sink = new CsvDataSink(dir.Path, flushInterval: 1))
        {
            sink.BeginTable("t", ["v"]);
            foreach (var v in values)
            {
                sink.WriteRow("t", [DataValue.Of(v)]);
            }
        }

        var lines = File.ReadAllLines(Path.Combine(dir.Path, "t.csv"));
        Assert.Equal(values, lines.Skip(1).Select(l => double.Parse(l, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void WriteRow_WrongColumnCount_Throws()
    {
        using var dir = new TempDirectory();
        using var sink = new CsvDataSink(dir.Path);
        sink.BeginTable("t", ["a", "b"]);
        Assert.Throws<ArgumentException>(() => sink.WriteRow("t", [DataValue.Of(1L)]));
        Assert.Throws<InvalidOperationException>(() => sink.WriteRow("other", [DataValue.Of(1L)]));
        Assert.Throws<ArgumentException>(() => sink.BeginTable("../evil", ["a"]));
    }

    [Fact]
    public void Flush_MidRun_MakesRowsVisibleOnDisk()
    {
        using var dir = new TempDirectory();
        using var sink = new CsvDataSink(dir.Path);
        sink.BeginTable("t", ["v"]);
        sink.WriteRow("t", [DataValue.Of(7L)]);
        sink.Flush();
        using var stream = new FileStream(Path.Combine(dir.Path, "t.csv"), FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        Assert.Equal("v\n7\n", reader.ReadToEnd());
    }
}
