using System.Text.RegularExpressions;
using MarketSim.Output;
using MarketSim.Tests.Support;

namespace MarketSim.Tests.Output;

/// <summary>
/// The market's reporters declare each CSV's columns once; the row records that read them back, the
/// README's output table and docs/model.md's observation list must say the same, in the same order.
/// </summary>
public sealed partial class OutputColumnsTests
{
    public static TheoryData<string> Files => ["model.csv", "firms.csv", "investors.csv", "flows.csv"];

    [Theory]
    [MemberData(nameof(Files))]
    public void Readme_OutputTable_ListsTheReportersColumns(string file) =>
        Assert.Equal(Reported(file), ReadmeColumns(file));

    [Theory]
    [MemberData(nameof(Files))]
    public void ModelDoc_ObservationList_ListsTheReportersColumns(string file) =>
        Assert.Equal(Reported(file), DocColumns(file));

    [Fact]
    public void RowRecords_ReadEveryReportedColumnInOrder()
    {
        Assert.Equal(Reported("model.csv"), Properties<ModelRow>());
        Assert.Equal(Reported("firms.csv"), Properties<FirmRow>());
        Assert.Equal(Reported("investors.csv"), Properties<InvestorRow>());
        Assert.Equal(Reported("flows.csv"), Properties<FlowRow>());
    }

    [Fact]
    public void SummaryColumns_ReadmeDocAndRecordAgree()
    {
        Assert.Equal(Properties<SummaryRow>(), ReadmeColumns("summary.csv"));
        Assert.Equal(Properties<SummaryRow>(), DocColumns("summary.csv"));
    }

    [Fact]
    public void DefaultsColumns_ReadmeDocAndRecordAgree()
    {
        Assert.Equal(Properties<DefaultsRow>(), ReadmeColumns("defaults.csv"));
        Assert.Equal(Properties<DefaultsRow>(), DocColumns("defaults.csv"));
    }

    [Fact]
    public void ParametersColumns_ReadmeDocAndRecordAgree()
    {
        Assert.Equal(Properties<ParameterDrawRow>(), ReadmeColumns("parameters.csv"));
        Assert.Equal(Properties<ParameterDrawRow>(), DocColumns("parameters.csv"));
    }

    private static string[] Reported(string file) => file switch
    {
        "model.csv" => ReporterColumns.Model,
        "firms.csv" => ReporterColumns.Firms,
        "investors.csv" => ReporterColumns.Investors,
        _ => ReporterColumns.Flows,
    };

    private static string[] Properties<T>() =>
        [.. typeof(T).GetProperties().Where(p => p.CanWrite).Select(p => CsvFormat.ColumnName(p.Name))];

    // README: "| `model.csv` | one row per | tick, replication, kind (lab, cloud, vendor), ... |".
    private static string[] ReadmeColumns(string file)
    {
        var row = File.ReadLines(Path.Combine(Repository.Root, "README.md")).Single(l => l.StartsWith($"| `{file}` |", StringComparison.Ordinal));
        var cells = row.Split('|');
        return Words(Parenthesised().Replace(cells[3], string.Empty));
    }

    // docs/model.md 2 (Observation): "- `model.csv`: `tick`, `replication`, `month` (...), ...", up to the first full stop.
    private static string[] DocColumns(string file)
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root, "docs", "model.md"));
        var start = text.IndexOf($"- `{file}`", StringComparison.Ordinal);
        Assert.True(start >= 0, file);
        var next = text.IndexOf("\n- ", start + 1, StringComparison.Ordinal);
        var bullet = Parenthesised().Replace(text[(start + file.Length + 4)..(next < 0 ? text.Length : next)], string.Empty);
        var sentence = bullet[..bullet.IndexOf('.', StringComparison.Ordinal)];
        return [.. Backticked().Matches(sentence).Select(m => m.Groups[1].Value)];
    }

    private static string[] Words(string list) =>
        [.. list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex("`([a-z0-9_]+)`")]
    private static partial Regex Backticked();
}
