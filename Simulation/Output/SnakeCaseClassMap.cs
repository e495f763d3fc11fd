using System.Globalization;
using CsvHelper.Configuration;

namespace MarketSim.Output;

/// <summary>
/// Maps every public property of a row record to its snake_case column, so row types need no
/// attributes and the column names cannot drift from the property names. A property that is itself a
/// row (<see cref="ScenarioRow{T}.Row"/>) contributes its columns in place, unprefixed.
/// </summary>
internal sealed class SnakeCaseClassMap<T> : ClassMap<T>
{
    public SnakeCaseClassMap()
    {
        AutoMap(CultureInfo.InvariantCulture);
        Rename(this);
    }

    private static void Rename(ClassMap map)
    {
        foreach (var member in map.MemberMaps)
        {
            var name = member.Data.Member?.Name ?? throw new InvalidOperationException($"Unnamed member in {map.ClassType.Name}.");
            member.Name(CsvFormat.ColumnName(name));
            if (member.Data.Member is System.Reflection.PropertyInfo { PropertyType: var type } && type == typeof(bool))
            {
                member.TypeConverter(new BitBooleanConverter());
            }
        }

        foreach (var reference in map.ReferenceMaps)
        {
            Rename(reference.Data.Mapping);
        }
    }
}
