using System.Globalization;
using CsvHelper.Configuration;

namespace MarketSim.Output;

/// <summary>
/// Maps every public property of a row record to its snake_case column, so row types need no
/// attributes and the column names cannot drift from the property names.
/// </summary>
internal sealed class SnakeCaseClassMap<T> : ClassMap<T>
{
    public SnakeCaseClassMap()
    {
        AutoMap(CultureInfo.InvariantCulture);
        foreach (var member in MemberMaps)
        {
            var name = member.Data.Member?.Name ?? throw new InvalidOperationException($"Unnamed member in {typeof(T).Name}.");
            member.Name(CsvFormat.ColumnName(name));
            if (member.Data.Member is System.Reflection.PropertyInfo { PropertyType: var type } && type == typeof(bool))
            {
                member.TypeConverter(new BitBooleanConverter());
            }
        }
    }
}
