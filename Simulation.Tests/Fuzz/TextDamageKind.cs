namespace MarketSim.Tests.Fuzz;

/// <summary>What a <see cref="TextDamage"/> does.</summary>
internal enum TextDamageKind
{
    None,
    DuplicateKey,
    Truncate,
    BareLiteral,
    CommentsAndCommas,
    Garbage,
}
