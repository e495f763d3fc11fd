namespace MarketSim.Tests.Fuzz;

/// <summary>What a <see cref="JsonMutation"/> does to its node.</summary>
internal enum MutationKind
{
    Extreme,
    Remove,
    DuplicateItem,
    DeepNesting,
    HugeArray,
    LongString,
    WrongType,
    UnknownField,
    Scale,
}
