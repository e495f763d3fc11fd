using MarketSim.Scenarios;

namespace MarketSim.Tests.Scenarios;

public sealed class ScenarioInheritanceTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private const string Base = """
        {
          "$schema": "scenario.schema.json",
          "name": "base",
          "ticks": 100,
          "labs": [
            { "id": "openai", "markup": 0.4, "share": 0.5 },
            { "id": "anthropic", "markup": 0.5, "share": 0.3 },
            { "id": "google", "markup": 0.2, "share": 0.2 }
          ],
          "regions": ["us", "eu"],
          "market": { "sentiment": { "rho": 0.9, "sigma": 0.1 } }
        }
        """;

    [Fact]
    public void Resolve_ChildOverridesScalarAndNestedField_ChildWins()
    {
        _temp.Write("base.json", Base);
        var child = _temp.Write("child.json", """
            {
              "extends": "base.json",
              "ticks": 50,
              "market": { "sentiment": { "rho": 0.5 } }
            }
            """);

        var doc = ResolvedDocument.Load(child);

        Assert.Equal(50, doc.Root!["ticks"]!.GetValue<int>());
        Assert.Equal(0.5, doc.Root["market"]!["sentiment"]!["rho"]!.GetValue<double>());
        Assert.Equal(0.1, doc.Root["market"]!["sentiment"]!["sigma"]!.GetValue<double>());
        Assert.Equal("base", doc.Root["name"]!.GetValue<string>());
    }

    [Fact]
    public void Resolve_ArrayOfIdObjects_MergedByIdAndAppended()
    {
        _temp.Write("base.json", Base);
        var child = _temp.Write("child.json", """
            {
              "extends": "base.json",
              "labs": [
                { "id": "anthropic", "markup": 0.6 },
                { "id": "meta", "markup": 0.0, "share": 0.0 }
              ]
            }
            """);

        var labs = ResolvedDocument.Load(child).Root!["labs"]!.AsArray();

        Assert.Equal(["openai", "anthropic", "google", "meta"], labs.Select(l => l!["id"]!.GetValue<string>()));
        Assert.Equal(0.6, labs[1]!["markup"]!.GetValue<double>());
        Assert.Equal(0.3, labs[1]!["share"]!.GetValue<double>());
    }

    [Fact]
    public void Resolve_RemoveItem_InheritedItemDropped()
    {
        _temp.Write("base.json", Base);
        var child = _temp.Write("child.json", """
            { "extends": "base.json", "labs": [ { "id": "anthropic", "remove": true } ] }
            """);

        var labs = ResolvedDocument.Load(child).Root!["labs"]!.AsArray();

        Assert.Equal(["openai", "google"], labs.Select(l => l!["id"]!.GetValue<string>()));
    }

    [Fact]
    public void Resolve_RemoveUnknownItem_ErrorAtChildLine()
    {
        _temp.Write("base.json", Base);
        var child = _temp.Write("child.json", """
            {
              "extends": "base.json",
              "labs": [
                { "id": "antropic", "remove": true }
              ]
            }
            """);

        var e = Assert.Throws<InputException>(() => ResolvedDocument.Load(child));

        var error = Assert.Single(e.Errors);
        Assert.Equal((child, "$.labs[0]", 4), (error.File, error.JsonPath, error.Line));
        Assert.Contains("cannot remove id 'antropic'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_ArrayByName_MergedByName()
    {
        _temp.Write("base.json", """{ "segments": [ { "name": "smb", "p": 1 }, { "name": "ent", "p": 2 } ] }""");
        var child = _temp.Write("child.json", """{ "extends": "base.json", "segments": [ { "name": "ent", "p": 3 } ] }""");

        var segments = ResolvedDocument.Load(child).Root!["segments"]!.AsArray();

        Assert.Equal(2, segments.Count);
        Assert.Equal(3, segments[1]!["p"]!.GetValue<int>());
    }

    [Fact]
    public void Resolve_PlainArrayAndEmptyArray_ReplacedWhole()
    {
        _temp.Write("base.json", Base);
        var child = _temp.Write("child.json", """{ "extends": "base.json", "regions": ["asia"], "labs": [] }""");

        var root = ResolvedDocument.Load(child).Root!;

        Assert.Equal("[\"asia\"]", root["regions"]!.ToJsonString());
        Assert.Empty(root["labs"]!.AsArray());
    }

    [Fact]
    public void Resolve_ParentSchemaAndExtends_NotInherited()
    {
        _temp.Write("grand.json", """{ "$schema": "old.json", "a": 1 }""");
        _temp.Write("parent.json", """{ "extends": "grand.json", "b": 2 }""");
        var child = _temp.Write("child.json", """{ "extends": "parent.json", "c": 3 }""");

        var root = ResolvedDocument.Load(child).Root!.AsObject();

        Assert.False(root.ContainsKey("$schema"));
        Assert.Equal("parent.json", root["extends"]!.GetValue<string>());
        Assert.Equal(["a", "b", "c", "extends"], root.Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Resolve_ThreeLevelChainInSubfolders_AllMergedInOrder()
    {
        _temp.Write("lib/grand.json", """{ "x": 1, "y": 1, "z": 1, "labs": [ { "id": "a", "m": 1 } ] }""");
        _temp.Write("lib/parent.json", """{ "extends": "grand.json", "y": 2, "z": 2, "labs": [ { "id": "a", "m": 2 }, { "id": "b", "m": 2 } ] }""");
        var child = _temp.Write("runs/child.json", """{ "extends": "../lib/parent.json", "z": 3, "labs": [ { "id": "b", "m": 3 } ] }""");

        var doc = ResolvedDocument.Load(child);

        Assert.Equal((1, 2, 3), (doc.Root!["x"]!.GetValue<int>(), doc.Root["y"]!.GetValue<int>(), doc.Root["z"]!.GetValue<int>()));
        Assert.Equal("[{\"id\":\"a\",\"m\":2},{\"id\":\"b\",\"m\":3}]", doc.Root["labs"]!.ToJsonString());
        Assert.Equal([child, _temp.PathOf("lib/parent.json"), _temp.PathOf("lib/grand.json")], doc.Files);
    }

    [Fact]
    public void Resolve_Cycle_ErrorNamesChain()
    {
        var a = _temp.Write("a.json", """{ "extends": "b.json" }""");
        _temp.Write("b.json", """
            {
              "extends": "a.json"
            }
            """);

        var e = Assert.Throws<InputException>(() => ResolvedDocument.Load(a));

        var error = Assert.Single(e.Errors);
        Assert.Equal((_temp.PathOf("b.json"), "$.extends", 2), (error.File, error.JsonPath, error.Line));
        Assert.Equal($"extends cycle: {a} -> {_temp.PathOf("b.json")} -> {a}", error.Message);
    }

    [Fact]
    public void Resolve_SelfExtends_CycleError()
    {
        var a = _temp.Write("a.json", """{ "extends": "a.json" }""");

        var e = Assert.Throws<InputException>(() => ResolvedDocument.Load(a));

        Assert.StartsWith("extends cycle", Assert.Single(e.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_MissingParent_ErrorNamesReferencingFileAndLine()
    {
        var child = _temp.Write("child.json", """
            {
              "name": "x",
              "extends": "missing.json"
            }
            """);

        var e = Assert.Throws<InputException>(() => ResolvedDocument.Load(child));

        var error = Assert.Single(e.Errors);
        Assert.Equal((child, "$.extends", 3), (error.File, error.JsonPath, error.Line));
        Assert.Contains("extended file 'missing.json' not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_ExtendsNotString_Error()
    {
        var child = _temp.Write("child.json", """{ "extends": 3 }""");

        var e = Assert.Throws<InputException>(() => ResolvedDocument.Load(child));

        Assert.Equal("$.extends", Assert.Single(e.Errors).JsonPath);
    }

    [Fact]
    public void Resolve_MalformedParent_ErrorInParentFile()
    {
        _temp.Write("base.json", "{\n  \"a\": \n}");
        var child = _temp.Write("child.json", """{ "extends": "base.json" }""");

        var e = Assert.Throws<InputException>(() => ResolvedDocument.Load(child));

        var error = Assert.Single(e.Errors);
        Assert.Equal((_temp.PathOf("base.json"), 3), (error.File, error.Line));
    }

    [Fact]
    public void Locate_AfterMerge_ChildLineWhereChildSetItParentLineOtherwise()
    {
        var parent = _temp.Write("base.json", Base);
        var child = _temp.Write("child.json", """
            {
              "extends": "base.json",
              "labs": [
                { "id": "meta", "markup": 0.1, "share": 0 },
                { "id": "google",
                  "markup": 0.25 }
              ]
            }
            """);

        var doc = ResolvedDocument.Load(child);

        // Merged order: openai, anthropic, google (merged), meta (appended).
        Assert.Equal(new SourceLocation(parent, 6, 5), doc.Locate("$.labs[0]"));
        Assert.Equal(new SourceLocation(parent, 6, 23), doc.Locate("$.labs[0].markup"));
        Assert.Equal(new SourceLocation(child, 6, 7), doc.Locate("$.labs[2].markup"));
        Assert.Equal(parent, doc.Locate("$.labs[2].share").File);
        Assert.Equal(8, doc.Locate("$.labs[2].share").Line);
        Assert.Equal(new SourceLocation(child, 4, 21), doc.Locate("$.labs[3].markup"));
        Assert.Equal(parent, doc.Locate("$.market.sentiment.rho").File);
        Assert.Equal(11, doc.Locate("$.market.sentiment.rho").Line);
    }

    [Fact]
    public void Locate_UnknownPath_NearestAncestor()
    {
        var parent = _temp.Write("base.json", Base);

        var doc = ResolvedDocument.Load(parent);

        Assert.Equal(11, doc.Locate("$.market.sentiment.nope.deeper").Line);
    }
}
