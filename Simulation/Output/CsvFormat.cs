using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper.Configuration;

namespace MarketSim.Output;

/// <summary>The one place that fixes how every MarketSim CSV looks: invariant culture, LF, UTF-8 without BOM.</summary>
internal static class CsvFormat
{
    /// <summary>UTF-8 without a byte-order mark, so files hash identically whatever wrote them.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static CsvConfiguration Configuration() => new(CultureInfo.InvariantCulture)
    {
        NewLine = "\n",
        HasHeaderRecord = true,
        Encoding = Utf8,
    };

    public static StreamWriter CreateText(string path)
    {
        // A larger buffer than the default keeps syscalls rare when a run streams many rows.
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 1 << 16);
        return new StreamWriter(stream, Utf8) { NewLine = "\n" };
    }

    public static StreamReader OpenText(string path) => new(path, Utf8, detectEncodingFromByteOrderMarks: true);

    /// <summary>snake_case column name of a PascalCase member ("P5Return" becomes "p5_return").</summary>
    public static string ColumnName(string memberName) => JsonNamingPolicy.SnakeCaseLower.ConvertName(memberName);
}
