using System.Text;
using MarketSim.Scenarios;

namespace MarketSim.Tests.Scenarios;

public sealed class LocatedJsonTests
{
    private static LocatedJson Parse(string text) => LocatedJson.Parse("t.json", Encoding.UTF8.GetBytes(text));

    private static InputError ParseError(string text) =>
        Assert.Single(Assert.Throws<InputException>(() => Parse(text)).Errors);

    [Fact]
    public void Parse_CommentsAndTrailingCommas_Accepted()
    {
        var json = Parse("""
            // a line comment
            {
              /* block
                 comment */
              "a": 1, // trailing
              "b": [1, 2,],
            }
            """);

        Assert.Equal(1, json.Root!["a"]!.GetValue<int>());
        Assert.Equal(2, json.Root["b"]!.AsArray().Count);
    }

    [Fact]
    public void Parse_NestedObjectsAndArrays_LinesForEveryPath()
    {
        var json = Parse("""
            {
              "labs": [
                { "id": "a", "markup": 0.3 },
                {
                  "id": "b",
                  "markup": 0.5
                }
              ],
              "customers": { "segments": [ { "p": 0.01 } ] }
            }
            """);

        Assert.Equal(1, json.Find("$")!.Value.Line);
        Assert.Equal(2, json.Find("$.labs")!.Value.Line);
        Assert.Equal(new TextPosition(3, 5), json.Find("$.labs[0]"));
        Assert.Equal(new TextPosition(3, 18), json.Find("$.labs[0].markup"));
        Assert.Equal(4, json.Find("$.labs[1]")!.Value.Line);
        Assert.Equal(6, json.Find("$.labs[1].markup")!.Value.Line);
        Assert.Equal(9, json.Find("$.customers.segments[0].p")!.Value.Line);
        Assert.Null(json.Find("$.labs[2]"));
    }

    [Fact]
    public void Parse_Utf8Bom_SkippedAndLinesUnchanged()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("{\n  \"a\": 1\n}")).ToArray();

        var json = LocatedJson.Parse("t.json", bytes);

        Assert.Equal(new TextPosition(2, 3), json.Find("$.a"));
    }

    [Fact]
    public void Parse_NonAsciiBeforeValue_ColumnCountsCharacters()
    {
        var json = Parse("{\"é\": 1, \"b\": 2}");

        Assert.Equal(new TextPosition(1, 10), json.Find("$.b"));
    }

    [Fact]
    public void Parse_NumbersKeptAsWritten_NoRoundTrip()
    {
        var json = Parse("""{ "x": 0.1, "big": 12345678901234567890 }""");

        Assert.Equal("0.1", json.Root!["x"]!.ToJsonString());
        Assert.Equal("12345678901234567890", json.Root["big"]!.ToJsonString());
    }

    [Fact]
    public void Parse_UnterminatedObject_ErrorAtEndLine()
    {
        var error = ParseError("{\n  \"a\": 1,\n  \"b\": [1, 2\n");

        Assert.Equal("t.json", error.File);
        Assert.Equal(4, error.Line);
        Assert.Contains("invalid JSON", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadToken_LineAndExpectation()
    {
        var error = ParseError("{\n  \"a\": 1,\n  \"b\": tru\n}");

        Assert.Equal(3, error.Line);
        Assert.Contains("true", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingComma_SaysWhatWasExpected()
    {
        var error = ParseError("{\n  \"a\": 1\n  \"b\": 2\n}");

        Assert.Equal(3, error.Line);
        Assert.Contains("Expected either ',', '}', or ']'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmptyFile_Error()
    {
        var error = ParseError("   ");

        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Parse_SecondTopLevelValue_Error()
    {
        Assert.Equal(2, ParseError("{}\n{}").Line);
    }

    [Fact]
    public void Parse_DuplicateKeys_EveryDuplicateReportedWithBothLines()
    {
        var e = Assert.Throws<InputException>(() => Parse("""
            {
              "a": 1,
              "b": { "x": 1, "x": 2 },
              "a": 3
            }
            """));

        Assert.Collection(
            e.Errors,
            first => Assert.Equal("t.json:3: $.b.x: duplicate field 'x' (first at line 3)", first.ToString()),
            second => Assert.Equal("t.json:4: $.a: duplicate field 'a' (first at line 2)", second.ToString()));
    }

    [Fact]
    public void Load_Directory_InputErrorNotIOException()
    {
        using var temp = new TempFolder();

        var e = Assert.Throws<InputException>(() => LocatedJson.Load(temp.Root));

        Assert.Contains("is a directory", Assert.Single(e.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_InputError()
    {
        using var temp = new TempFolder();

        var e = Assert.Throws<InputException>(() => LocatedJson.Load(temp.PathOf("nope.json")));

        Assert.Equal("file not found", Assert.Single(e.Errors).Message);
    }
}
