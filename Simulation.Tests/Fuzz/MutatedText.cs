using System.Text.Json;
using System.Text.Json.Nodes;

namespace MarketSim.Tests.Fuzz;

/// <summary>A generated document: a valid start, the mutations applied to it and the damage done to its text.</summary>
internal sealed record MutatedText(string Original, JsonMutation[] Mutations, TextDamage Damage)
{
    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The document's text.</summary>
    public string Text() => Text([]);

    // CsCheck prints a failing case with ToString: name the JSON paths changed, not just node numbers.
    public override string ToString()
    {
        var paths = new List<string>();
        Text(paths);
        return $"[{string.Join(", ", Mutations.Select((m, i) => $"{m} {(i < paths.Count ? paths[i] : "?")}"))}] {Damage}";
    }

    private string Text(List<string> paths)
    {
        var root = JsonNode.Parse(Original, documentOptions: Lenient)!;
        var raw = new RawTexts();
        foreach (var mutation in Mutations)
        {
            var nodes = FuzzGens.Nodes(root);
            paths.Add(nodes[mutation.Node % nodes.Count].GetPath());
            mutation.Apply(root, nodes, raw);
        }

        return Damage.Apply(raw.Write(root));
    }
}
