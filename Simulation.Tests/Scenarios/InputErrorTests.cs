using MarketSim.Scenarios;

namespace MarketSim.Tests.Scenarios;

public sealed class InputErrorTests
{
    [Fact]
    public void ToString_AllParts_FileLinePathMessage()
    {
        var error = new InputError("a.json", "$.labs[0].markup", 12, "must be at least 0");

        Assert.Equal("a.json:12: $.labs[0].markup: must be at least 0", error.ToString());
    }

    [Fact]
    public void ToString_NoLineNoPath_FileMessage()
    {
        Assert.Equal("a.json: file not found", new InputError("a.json", null, null, "file not found").ToString());
    }

    [Fact]
    public void ToString_PathWithoutLine_OmitsLine()
    {
        Assert.Equal("--set: $.x: bad", new InputError("--set", "$.x", null, "bad").ToString());
    }

    [Fact]
    public void InputException_SeveralErrors_MessageJoinsWithNewlines()
    {
        var e = new InputException([new InputError("a", null, 1, "x"), new InputError("b", null, 2, "y")]);

        Assert.Equal("a:1: x\nb:2: y", e.Message);
        Assert.Equal(2, e.Errors.Count);
    }
}
