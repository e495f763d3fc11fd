using System.Text.Json.Nodes;
using CsCheck;

namespace MarketSim.Tests.Fuzz;

/// <summary>CsCheck generators shared by the fuzz tests.</summary>
internal static class FuzzGens
{
    /// <summary>One change to a document; extremes and wrong types most often, the slow kinds (huge, deep) rarely.</summary>
    public static readonly Gen<JsonMutation> Mutation =
        Gen.Select(
            Gen.Int[0, 1 << 20],
            Gen.Frequency(
                (30, Gen.Const(MutationKind.Extreme)),
                (10, Gen.Const(MutationKind.Remove)),
                (6, Gen.Const(MutationKind.DuplicateItem)),
                (2, Gen.Const(MutationKind.DeepNesting)),
                (2, Gen.Const(MutationKind.HugeArray)),
                (2, Gen.Const(MutationKind.LongString)),
                (8, Gen.Const(MutationKind.WrongType)),
                (4, Gen.Const(MutationKind.UnknownField)),
                (10, Gen.Const(MutationKind.Scale))),
            Gen.Int[0, 1 << 20],
            (node, kind, variant) => new JsonMutation(node, kind, variant));

    /// <summary>Damage to the written text; most documents stay well-formed so that the checks after parsing are reached.</summary>
    public static readonly Gen<TextDamage> Damage =
        Gen.Frequency(
            (12, Gen.Const(TextDamage.None)),
            (1, Gen.Select(Gen.Int[1, 5], Gen.Int[0, 1 << 20], (kind, variant) => new TextDamage((TextDamageKind)kind, variant))));

    /// <summary>A document text: <paramref name="text"/> parsed, changed by 1 to 4 mutations, written, maybe damaged.</summary>
    public static Gen<MutatedText> Mutated(string text) =>
        Gen.Select(Mutation.Array[1, 4], Damage, (mutations, damage) => new MutatedText(text, mutations, damage));

    /// <summary>Every node of a document in document order (the root first).</summary>
    public static List<JsonNode> Nodes(JsonNode root)
    {
        var nodes = new List<JsonNode>();
        void Walk(JsonNode? node)
        {
            if (node is null)
                return;
            nodes.Add(node);
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (_, child) in obj)
                        Walk(child);
                    break;
                case JsonArray array:
                    foreach (var child in array)
                        Walk(child);
                    break;
            }
        }

        Walk(root);
        return nodes;
    }
}
