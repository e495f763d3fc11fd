using MarketSim.Output;

namespace MarketSim.Tests.Output;

public sealed class SvgInlinerTests
{
    [Fact]
    public void Inline_PrefixesIdsDropsNamespacesAddsViewBox()
    {
        const string svg = "<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"1000\" height=\"600\">"
            + "<clipPath id=\"cl_1\"><rect/></clipPath><g clip-path=\"url(#cl_1)\"><use xlink:href=\"#cl_1\"/></g></svg>";
        var inlined = SvgInliner.Inline(svg, "c-x");
        Assert.StartsWith("<svg viewBox=\"0 0 1000 600\"", inlined, StringComparison.Ordinal);
        Assert.Contains("id=\"c-x-cl_1\"", inlined, StringComparison.Ordinal);
        Assert.Contains("url(#c-x-cl_1)", inlined, StringComparison.Ordinal);
        Assert.Contains("xlink:href=\"#c-x-cl_1\"", inlined, StringComparison.Ordinal);
        Assert.DoesNotContain("http", inlined, StringComparison.Ordinal);
    }
}
