using CsvHelper;
using CsvHelper.Configuration;
using CsvHelper.TypeConversion;

namespace MarketSim.Output;

/// <summary>Booleans as 1/0, the form the engine writes (<c>DataValue.Of(bool)</c>); also reads true/false.</summary>
internal sealed class BitBooleanConverter : DefaultTypeConverter
{
    public override object? ConvertFromString(string? text, IReaderRow row, MemberMapData memberMapData)
    {
        var trimmed = text?.Trim();
        return trimmed switch
        {
            "1" => true,
            "0" => false,
            _ when bool.TryParse(trimmed, out var value) => value,
            _ => base.ConvertFromString(text, row, memberMapData),
        };
    }

    public override string? ConvertToString(object? value, IWriterRow row, MemberMapData memberMapData) =>
        value is true ? "1" : "0";
}
