using System.Collections.Frozen;
using System.Text;
using ScottPlot;

namespace MarketSim.Output;

/// <summary>
/// One colour per firm id, the same in every chart and every run: a fixed colour for the firms of
/// the calibrated market, and for any other id a palette entry chosen by an FNV-1a hash of the id
/// (never <c>string.GetHashCode</c>, which .NET randomises per process).
/// </summary>
public static class FirmColors
{
    // Picked so that firms drawn together stay apart: labs among labs, clouds against vendors,
    // and all sixteen in the round-trip chart (where kinds also differ by line pattern).
    private static readonly FrozenDictionary<string, string> _known = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["openai"] = "#10A37F",
        ["anthropic"] = "#D97757",
        ["google-deepmind"] = "#3B5BDB",
        ["meta"] = "#9467BD",
        ["xai"] = "#2B2B2B",
        ["mistral"] = "#F2A900",
        ["deepseek"] = "#E377C2",
        ["azure"] = "#00A2ED",
        ["aws"] = "#FF7F0E",
        ["google-cloud"] = "#2CA02C",
        ["oracle"] = "#D62728",
        ["coreweave"] = "#17BECF",
        ["nvidia"] = "#76B900",
        ["amd"] = "#8B1A1A",
        ["google-tpu"] = "#BCBD22",
        ["aws-trainium"] = "#8C564B",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Saturated colours that read on white and differ in hue or lightness from their neighbours;
    // the order is part of the contract (hash index, investor order).
    private static readonly string[] _palette =
    [
        "#0072B2", "#C2185B", "#009E73", "#1A237E", "#E69F00", "#56B4E9",
        "#7F3C8D", "#A6761D", "#555555", "#E41A1C", "#4DAF4A", "#984EA3",
    ];

    /// <summary>Colours for series that are not firms (investors, layers of an overlay), by position.</summary>
    public static Color Series(int index) => Color.FromHex(SeriesHex(index));

    /// <summary>"#RRGGBB" of <see cref="Series(int)"/>, for HTML.</summary>
    public static string SeriesHex(int index) => _palette[((index % _palette.Length) + _palette.Length) % _palette.Length];

    /// <summary>The colour of firm (or investor) <paramref name="id"/>.</summary>
    public static Color For(string id) => Color.FromHex(HexFor(id));

    /// <summary>The colour of <paramref name="id"/> as "#RRGGBB", for HTML.</summary>
    public static string HexFor(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _known.TryGetValue(id, out var hex) ? hex : _palette[Fnv1a(id) % (uint)_palette.Length];
    }

    /// <summary>Whether <paramref name="id"/> has a fixed colour (rather than a hashed one).</summary>
    public static bool IsKnown(string id) => _known.ContainsKey(id);

    /// <summary>32-bit FNV-1a of the UTF-8 bytes of <paramref name="text"/>: stable across processes and machines.</summary>
    public static uint Fnv1a(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash *= 16777619u;
        }

        return hash;
    }
}
