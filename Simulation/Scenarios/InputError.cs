using System.Globalization;
using System.Text;

namespace MarketSim.Scenarios;

/// <summary>
/// One problem in user input: a file (or "--set"), an optional JSON path and line, and what is wrong.
/// </summary>
/// <param name="File">The file as the user named it, or "--set" for command-line overrides.</param>
/// <param name="JsonPath">Where in the document, as <c>$.labs[0].markup</c>; null when unknown.</param>
/// <param name="Line">1-based line in <paramref name="File"/>; null when unknown.</param>
/// <param name="Message">What is wrong, in words a user can act on.</param>
public sealed record InputError(string File, string? JsonPath, int? Line, string Message)
{
    /// <summary>Longest message shown; a longer one (it quotes a huge value) is cut, so every error stays one readable line.</summary>
    public const int MaxMessageLength = 500;

    /// <summary>Formats as <c>file:line: $.json.path: message</c>, leaving out the parts that are null.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(File);
        if (Line is int line)
            text.Append(':').Append(line.ToString(CultureInfo.InvariantCulture));
        text.Append(": ");
        if (JsonPath is not null)
            text.Append(JsonPath).Append(": ");
        // Found by fuzzing: a 200,000-character id came back in full in "cloud ids are: ...".
        var message = Message.Length <= MaxMessageLength
            ? Message
            : string.Concat(Message.AsSpan(0, MaxMessageLength), $"... ({Message.Length.ToString(CultureInfo.InvariantCulture)} characters in all)");
        // A key may hold a line break ("a\nb" is a valid JSON name): the whole error stays on one line.
        return text.Append(message).ToString().ReplaceLineEndings(" ");
    }
}
