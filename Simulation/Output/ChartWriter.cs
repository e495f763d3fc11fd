namespace MarketSim.Output;

/// <summary>Saves drafts as PNG and SVG (LF line ends) and disposes their plots.</summary>
internal static class ChartWriter
{
    public static ChartFile Save(ChartDraft draft, string directory, int width, int height)
    {
        Directory.CreateDirectory(directory);
        var png = Path.Combine(directory, draft.Name + ".png");
        var svg = Path.Combine(directory, draft.Name + ".svg");
        using (draft.Plot)
        {
            draft.Plot.SavePng(png, width, height);
            File.WriteAllText(svg, draft.Plot.GetSvgXml(width, height).ReplaceLineEndings("\n"), CsvFormat.Utf8);
        }

        return new ChartFile(draft.Name, draft.Title, png, svg);
    }

    public static ChartSet SaveAll(IReadOnlyList<ChartDraft> drafts, IReadOnlyList<string> skipped, string directory, int width, int height)
    {
        var files = new List<ChartFile>(drafts.Count);
        foreach (var draft in drafts)
        {
            files.Add(Save(draft, directory, width, height));
        }

        return new ChartSet(files, skipped);
    }
}
