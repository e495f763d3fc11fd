using System.Text;

namespace MarketSim.Experiments.Sweeps;

/// <summary>Column names of sweep tables.</summary>
internal static class SweepColumns
{
    /// <summary>
    /// Lower-case letters and digits, every other run of characters one underscore, none at the ends:
    /// <c>labs[id=openai].markup</c> becomes <c>labs_id_openai_markup</c>.
    /// </summary>
    public static string SnakeCase(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var gap = false;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (gap && builder.Length > 0)
                    builder.Append('_');
                builder.Append(char.ToLowerInvariant(c));
                gap = false;
            }
            else
            {
                gap = true;
            }
        }

        return builder.ToString();
    }
}
