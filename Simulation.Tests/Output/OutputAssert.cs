using System.Buffers.Binary;
using System.Xml.Linq;

namespace MarketSim.Tests.Output;

/// <summary>Structural checks of chart files: valid PNG and SVG of a sensible size, never pixels.</summary>
internal static class OutputAssert
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static void ValidPng(string path, int width, int height)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 5_000, $"{path} is only {bytes.Length} bytes.");
        Assert.Equal(PngSignature, bytes[..8]);
        // The first chunk is IHDR: length (4), type (4), then width and height as big-endian integers.
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        Assert.Equal(width, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
        Assert.Equal(height, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
    }

    public static void ValidSvg(string path, int width, int height)
    {
        var text = File.ReadAllText(path);
        Assert.True(text.Length > 2_000, $"{path} is only {text.Length} characters.");
        Assert.DoesNotContain('\r', text);
        var root = XDocument.Parse(text).Root!;
        Assert.Equal("svg", root.Name.LocalName);
        Assert.Equal(width.ToString(System.Globalization.CultureInfo.InvariantCulture), root.Attribute("width")?.Value);
        Assert.Equal(height.ToString(System.Globalization.CultureInfo.InvariantCulture), root.Attribute("height")?.Value);
        Assert.Contains("<text", text, StringComparison.Ordinal);
    }
}
