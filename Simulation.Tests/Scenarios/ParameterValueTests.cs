using System.Text.Json;
using MarketSim.Scenarios;
using MarketSim.Tests.Support;

namespace MarketSim.Tests.Scenarios;

public sealed class ParameterValueTests
{
    [Fact]
    public void Parse_DecimalUnderGermanCulture_InvariantNumber()
    {
        using var culture = new CultureScope("de-DE");

        var value = ParameterValue.Parse("0.4");

        Assert.Equal(JsonValueKind.Number, value!.GetValueKind());
        Assert.Equal(0.4, value.GetValue<double>());
        Assert.Equal("0.4", value.ToJsonString());
    }

    [Fact]
    public void Parse_GermanDecimalComma_BareStringNotNumber()
    {
        using var culture = new CultureScope("de-DE");

        var value = ParameterValue.Parse("0,4");

        Assert.Equal(JsonValueKind.String, value!.GetValueKind());
        Assert.Equal("0,4", value.GetValue<string>());
    }

    [Theory]
    [InlineData("1e-3", JsonValueKind.Number)]
    [InlineData("-2", JsonValueKind.Number)]
    [InlineData("true", JsonValueKind.True)]
    [InlineData("false", JsonValueKind.False)]
    [InlineData("\"0.4\"", JsonValueKind.String)]
    [InlineData("[1, 2]", JsonValueKind.Array)]
    [InlineData("{\"a\": 1}", JsonValueKind.Object)]
    [InlineData("enterprise", JsonValueKind.String)]
    [InlineData("open-weights", JsonValueKind.String)]
    [InlineData("", JsonValueKind.String)]
    [InlineData("[1, 2,]", JsonValueKind.String)]
    public void Parse_Text_ExpectedKind(string text, JsonValueKind kind)
    {
        Assert.Equal(kind, ParameterValue.Parse(text)!.GetValueKind());
    }

    [Fact]
    public void Parse_Null_JsonNull()
    {
        Assert.Null(ParameterValue.Parse("null"));
    }

    [Fact]
    public void Parse_QuotedString_Unquoted()
    {
        Assert.Equal("true", ParameterValue.Parse("\"true\"")!.GetValue<string>());
    }
}
