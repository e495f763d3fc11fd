namespace MarketSim.Tests.Architecture;

/// <summary>One type's use of another, found in an assembly's metadata.</summary>
internal sealed record TypeReference(string FromType, string FromNamespace, string ToType, string ToNamespace)
{
    public override string ToString() => $"{FromType} -> {ToType}";
}
