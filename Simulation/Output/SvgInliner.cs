using System.Globalization;
using System.Text.RegularExpressions;

namespace MarketSim.Output;

/// <summary>Turns a standalone SVG file into markup that can sit inside an HTML page next to other SVGs.</summary>
internal static partial class SvgInliner
{
    /// <summary>
    /// Drops the XML declaration and namespace declarations (HTML puts inline svg in the SVG namespace
    /// itself, and the page then holds no URL at all), prefixes every id so clip paths of different
    /// charts cannot collide, and adds a viewBox so CSS can scale the chart.
    /// </summary>
    public static string Inline(string svg, string idPrefix)
    {
        var body = XmlDeclaration().Replace(svg, "");
        body = NamespaceDeclaration().Replace(body, "");
        body = IdAttribute().Replace(body, m => $"id=\"{idPrefix}-{m.Groups[1].Value}\"");
        body = UrlReference().Replace(body, m => $"url(#{idPrefix}-{m.Groups[1].Value})");
        body = LocalHref().Replace(body, m => $"{m.Groups[1].Value}=\"#{idPrefix}-{m.Groups[2].Value}\"");
        var root = SvgRoot().Match(body);
        if (root.Success && !root.Value.Contains("viewBox", StringComparison.Ordinal))
        {
            var width = Attribute(root.Value, "width");
            var height = Attribute(root.Value, "height");
            if (width is not null && height is not null)
            {
                var viewBox = string.Create(CultureInfo.InvariantCulture, $"<svg viewBox=\"0 0 {width} {height}\" role=\"img\"");
                body = string.Concat(body.AsSpan(0, root.Index), viewBox, body.AsSpan(root.Index + "<svg".Length));
            }
        }

        return body.Trim();
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, "\\s" + name + "=\"([0-9.]+)\"", RegexOptions.CultureInvariant);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"<\?xml[^>]*\?>\s*", RegexOptions.CultureInvariant)]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"\s+xmlns(:\w+)?=""[^""]*""", RegexOptions.CultureInvariant)]
    private static partial Regex NamespaceDeclaration();

    [GeneratedRegex(@"\bid=""([^""]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"url\(#([^)]+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlReference();

    [GeneratedRegex(@"\b((?:xlink:)?href)=""#([^""]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex LocalHref();

    [GeneratedRegex(@"<svg\b[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex SvgRoot();
}
