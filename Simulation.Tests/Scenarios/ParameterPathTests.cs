using System.Text.Json.Nodes;
using MarketSim.Scenarios;

namespace MarketSim.Tests.Scenarios;

public sealed class ParameterPathTests
{
    private static JsonNode Document() => JsonNode.Parse("""
        {
          "labs": [
            { "id": "openai", "markup": 0.4 },
            { "id": "anthropic", "markup": 0.5 },
            { "id": 7, "markup": 0.6 }
          ],
          "customers": { "segments": [ { "name": "enterprise", "p": 0.02 }, { "name": "smb", "p": 0.05 } ] },
          "market": { "sentiment": { "rho": 0.9 } },
          "events": [ { "id": "freeze", "tick": 12 } ],
          "plain": [1, 2, 3]
        }
        """)!;

    [Theory]
    [InlineData("labs[id=openai].markup", "0.4")]
    [InlineData("labs[id=anthropic].markup", "0.5")]
    [InlineData("labs[0].markup", "0.4")]
    [InlineData("labs[id=7].markup", "0.6")]
    [InlineData("labs[id='openai'].markup", "0.4")]
    [InlineData("labs[ id = openai ].markup", "0.4")]
    [InlineData("customers.segments[name=enterprise].p", "0.02")]
    [InlineData("market.sentiment.rho", "0.9")]
    [InlineData("events[id=freeze].tick", "12")]
    [InlineData("plain[2]", "3")]
    [InlineData("$.labs[1].markup", "0.5")]
    public void Get_ValidPath_ReturnsValue(string path, string expected)
    {
        Assert.Equal(expected, ParameterPath.Parse(path).Get(Document())!.ToJsonString());
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("$", "empty")]
    [InlineData(".labs", "must start with a field name")]
    [InlineData("[0].markup", "must start with a field name")]
    [InlineData("labs.", "ends with '.'")]
    [InlineData("labs..markup", "empty field name at position 6")]
    [InlineData("labs[", "no matching ']'")]
    [InlineData("labs[0", "no matching ']'")]
    [InlineData("labs[[0]]", "no matching ']'")]
    [InlineData("labs]0", "']' at position 5 has no matching '['")]
    [InlineData("labs[]", "empty brackets")]
    [InlineData("labs[-1]", "negative index")]
    [InlineData("labs[id=]", "no value after '='")]
    [InlineData("labs[=x]", "no field name before '='")]
    [InlineData("labs[abc]", "neither an index")]
    [InlineData("labs[0]x", "expected '.' or '[' at position 8")]
    [InlineData("la bs", "whitespace")]
    [InlineData("labs[99999999999]", "too large")]
    public void Parse_MalformedPath_ClearError(string path, string expected)
    {
        var e = Assert.Throws<ParameterPathException>(() => ParameterPath.Parse(path));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.StartsWith($"invalid path '{path}'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_UnknownSelector_ListsKnownIds()
    {
        var e = Assert.Throws<ParameterPathException>(() => ParameterPath.Parse("labs[id=opnai].markup").Get(Document()));

        Assert.Equal("no item of labs has id 'opnai'; ids are: openai, anthropic, 7", e.Message);
    }

    [Fact]
    public void Get_SelectorKeyAbsent_SaysNoItemHasField()
    {
        var e = Assert.Throws<ParameterPathException>(() => ParameterPath.Parse("labs[name=x]").Get(Document()));

        Assert.Equal("no item of labs has a field 'name'", e.Message);
    }

    [Fact]
    public void Get_IndexOutOfRange_SaysCount()
    {
        var e = Assert.Throws<ParameterPathException>(() => ParameterPath.Parse("labs[3].markup").Get(Document()));

        Assert.Equal("index 3 is out of range: labs has 3 items", e.Message);
    }

    [Fact]
    public void Get_PathIntoNumber_SaysNotAnObject()
    {
        var e = Assert.Throws<ParameterPathException>(() => ParameterPath.Parse("market.sentiment.rho.x").Get(Document()));

        Assert.Equal("market.sentiment.rho is a number, not an object, so it has no field 'x'", e.Message);
    }

    [Fact]
    public void Get_IndexIntoObject_SaysNotAnArray()
    {
        var e = Assert.Throws<ParameterPathException>(() => ParameterPath.Parse("market[0]").Get(Document()));

        Assert.Equal("market is an object, not an array", e.Message);
    }

    [Fact]
    public void Get_UnknownField_ListsFields()
    {
        var e = Assert.Throws<ParameterPathException>(() => ParameterPath.Parse("market.sentimnt.rho").Get(Document()));

        Assert.Equal("no field 'sentimnt' in market; fields are: sentiment", e.Message);
    }

    [Fact]
    public void Get_DuplicateSelectorMatch_Ambiguous()
    {
        var doc = JsonNode.Parse("""{ "xs": [ { "id": "a" }, { "id": "a" } ] }""");

        var e = Assert.Throws<ParameterPathException>(() => ParameterPath.Parse("xs[id=a]").Get(doc));

        Assert.Contains("2 items of xs have id 'a'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Set_ExistingLeaf_Replaced()
    {
        var doc = Document();

        ParameterPath.Parse("customers.segments[name=smb].p").Set(doc, JsonValue.Create(0.07), allowNewProperty: false);

        Assert.Equal(0.07, doc["customers"]!["segments"]![1]!["p"]!.GetValue<double>());
    }

    [Fact]
    public void Set_MissingLeafNotAllowed_Error()
    {
        var doc = Document();

        var e = Assert.Throws<ParameterPathException>(
            () => ParameterPath.Parse("market.sentiment.sigma").Set(doc, JsonValue.Create(1), allowNewProperty: false));

        Assert.Equal("no field 'sigma' in market.sentiment; fields are: rho", e.Message);
    }

    [Fact]
    public void Set_MissingLeafAllowed_Added()
    {
        var doc = Document();

        ParameterPath.Parse("market.sentiment.sigma").Set(doc, JsonValue.Create(1), allowNewProperty: true);

        Assert.Equal(1, doc["market"]!["sentiment"]!["sigma"]!.GetValue<int>());
    }

    [Fact]
    public void Set_MissingIntermediate_ErrorEvenWhenAllowed()
    {
        var doc = Document();

        Assert.Throws<ParameterPathException>(
            () => ParameterPath.Parse("market.noise.sigma").Set(doc, JsonValue.Create(1), allowNewProperty: true));
    }

    [Fact]
    public void Set_WholeItemBySelector_Replaced()
    {
        var doc = Document();

        ParameterPath.Parse("events[id=freeze]").Set(doc, JsonNode.Parse("""{ "id": "freeze", "tick": 3 }"""), allowNewProperty: false);

        Assert.Equal(3, doc["events"]![0]!["tick"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("labs[id=anthropic].markup", "$.labs[1].markup")]
    [InlineData("customers.segments[name=smb].p", "$.customers.segments[1].p")]
    [InlineData("labs[id=openai]", "$.labs[0]")]
    [InlineData("market.sentiment.new_field", "$.market.sentiment.new_field")]
    public void ToJsonPath_ResolvedAgainstDocument_IndexForm(string path, string expected)
    {
        Assert.Equal(expected, ParameterPath.Parse(path).ToJsonPath(Document()));
    }
}
