using System.Text;
using System.Text.RegularExpressions;

namespace MarketSim.Tests.Fuzz;

/// <summary>A change made to a document's text after it is written: what a JSON tree cannot express.</summary>
internal sealed partial record TextDamage(TextDamageKind Kind, int Variant)
{
    public static readonly TextDamage None = new(TextDamageKind.None, 0);

    public override string ToString() => Kind == TextDamageKind.None ? "intact" : $"{Kind}/{Variant}";

    public string Apply(string text)
    {
        switch (Kind)
        {
            case TextDamageKind.DuplicateKey:
            {
                // The same key again just before itself, in the same object.
                var keys = Key().Matches(text);
                if (keys.Count == 0)
                    return text;
                var key = keys[Variant % keys.Count];
                return text.Insert(key.Index, key.Value + " null, ");
            }

            case TextDamageKind.Truncate:
                return text[..(Variant % Math.Max(1, text.Length))];
            case TextDamageKind.BareLiteral:
            {
                var numbers = Number().Matches(text);
                if (numbers.Count == 0)
                    return text;
                var number = numbers[Variant % numbers.Count];
                string[] literals = ["NaN", "Infinity", "-Infinity", "+1", "0x10", "1.", ".5", "01", "1e", "--1", "undefined"];
                return string.Concat(text.AsSpan(0, number.Index + 1), literals[Variant % literals.Length], text.AsSpan(number.Index + number.Length));
            }

            case TextDamageKind.CommentsAndCommas:
                return "\uFEFF// fuzz\n" + text.Replace("\n}", ",\n/* c */ }", StringComparison.Ordinal);
            case TextDamageKind.Garbage:
            {
                var at = Variant % Math.Max(1, text.Length);
                string[] junk = ["\0", "\u2028", "}", "]", "{", "\"", "\\", ",", ":", "\uFFFF", "\ud800"];
                return text.Insert(at, junk[Variant % junk.Length]);
            }

            default:
                return text;
        }
    }

    /// <summary>The text as the bytes written to disk (UTF-8; a lone surrogate becomes invalid bytes on purpose).</summary>
    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    [GeneratedRegex("\"[a-z_$]+\":")]
    private static partial Regex Key();

    [GeneratedRegex("[:\\[,]\\s*-?[0-9][0-9.eE+-]*")]
    private static partial Regex Number();
}
