using MarketSim.Output;

namespace MarketSim.Tests.Output;

public sealed class FirmColorsTests
{
    [Theory]
    [InlineData("", 0x811C9DC5u)]
    [InlineData("a", 0xE40C292Cu)]
    [InlineData("foobar", 0xBF9CF968u)]
    public void Fnv1a_KnownVectors_Match(string text, uint expected) => Assert.Equal(expected, FirmColors.Fnv1a(text));

    [Fact]
    public void HexFor_KnownFirms_AreFixedAndDistinct()
    {
        string[] known = ["openai", "anthropic", "google-deepmind", "meta", "xai", "mistral", "deepseek", "azure", "aws",
            "google-cloud", "oracle", "coreweave", "nvidia", "amd", "google-tpu", "aws-trainium"];
        Assert.All(known, id => Assert.True(FirmColors.IsKnown(id)));
        Assert.Equal(known.Length, known.Select(FirmColors.HexFor).Distinct().Count());
        Assert.Equal("#76B900", FirmColors.HexFor("nvidia"));
    }

    [Fact]
    public void HexFor_UnknownFirm_IsStableHash() =>
        Assert.Equal(FirmColors.HexFor("newlab"), FirmColors.HexFor(new string("newlab".ToCharArray())));
}
