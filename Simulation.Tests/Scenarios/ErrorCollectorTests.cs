using MarketSim.Scenarios;

namespace MarketSim.Tests.Scenarios;

public sealed class ErrorCollectorTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>The kind of semantic check the real scenario layer will run after binding.</summary>
    private static void Check(TestScenario scenario, ErrorCollector errors)
    {
        var total = 0.0;
        foreach (var lab in scenario.Labs)
            total += lab.Share;
        errors.Require(Math.Abs(total - 1.0) < 1e-9, "$.labs", $"lab shares must sum to 1 (they sum to {total.ToString("R", System.Globalization.CultureInfo.InvariantCulture)})");

        var ids = scenario.Labs.Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < scenario.Labs.Count; i++)
        {
            var partner = scenario.Labs[i].Partner;
            if (partner is not null && !ids.Contains(partner))
                errors.Error($"$.labs[{i}].partner", $"no lab has id '{partner}'; ids are: {string.Join(", ", ids)}");
        }
    }

    [Fact]
    public void ThrowIfAny_SemanticErrors_AllWithFileAndLine()
    {
        var file = _temp.Write("s.json", """
            {
              "name": "x", "ticks": 1,
              "labs": [
                { "id": "a", "markup": 0.1, "share": 0.5, "kind": "closed" },
                { "id": "b", "markup": 0.1, "share": 0.4, "kind": "closed",
                  "partner": "c" }
              ]
            }
            """);
        var doc = ResolvedDocument.Load(file);
        var errors = new ErrorCollector(doc);

        Check(ScenarioBinder.Bind<TestScenario>(doc), errors);
        var e = Assert.Throws<InputException>(errors.ThrowIfAny);

        Assert.Equal(
            [
                $"{file}:3: $.labs: lab shares must sum to 1 (they sum to 0.9)",
                $"{file}:6: $.labs[1].partner: no lab has id 'c'; ids are: a, b",
            ],
            e.Errors.Select(x => x.ToString()));
    }

    [Fact]
    public void ThrowIfAny_NoErrors_DoesNotThrow()
    {
        var doc = ResolvedDocument.Load(_temp.Write("s.json", TestSchemas.Valid));
        var errors = new ErrorCollector(doc);

        Check(ScenarioBinder.Bind<TestScenario>(doc), errors);
        errors.ThrowIfAny();

        Assert.False(errors.HasErrors);
    }
}
