using System.Text;

namespace MarketSim.Scenarios;

/// <summary>Maps byte offsets in UTF-8 text to 1-based lines and (character) columns.</summary>
internal sealed class LineIndex
{
    private readonly List<long> _lineStarts = [0];

    public LineIndex(ReadOnlySpan<byte> utf8)
    {
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
                _lineStarts.Add(i + 1);
        }
    }

    public TextPosition PositionOf(ReadOnlySpan<byte> utf8, long offset)
    {
        var found = _lineStarts.BinarySearch(offset);
        var lineIndex = found >= 0 ? found : ~found - 1;
        var start = (int)_lineStarts[lineIndex];
        // Columns count characters, not bytes, so a name after "é" is where the editor shows it.
        var column = Encoding.UTF8.GetCharCount(utf8[start..(int)offset]) + 1;
        return new TextPosition(lineIndex + 1, column);
    }
}
