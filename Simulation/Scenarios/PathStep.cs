namespace MarketSim.Scenarios;

/// <summary>One step of a <see cref="ParameterPath"/>.</summary>
internal abstract record PathStep;

/// <summary>A field of an object: <c>markup</c>.</summary>
internal sealed record PropertyStep(string Name) : PathStep
{
    public override string ToString() => "." + Name;
}

/// <summary>An array item by position: <c>[0]</c>.</summary>
internal sealed record IndexStep(int Index) : PathStep
{
    public override string ToString() => "[" + Index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
}

/// <summary>The one array item whose field <see cref="Key"/> equals <see cref="Value"/>: <c>[id=openai]</c>.</summary>
internal sealed record SelectorStep(string Key, string Value) : PathStep
{
    public override string ToString() => "[" + Key + "=" + Value + "]";
}
