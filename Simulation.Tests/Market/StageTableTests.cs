using System.Text.RegularExpressions;
using MarketSim.Market;
using MarketSim.Tests.Support;

namespace MarketSim.Tests.Market;

public sealed partial class StageTableTests
{
    [Fact]
    public void DocsStageTable_EqualsTheStagesTheModelRuns()
    {
        var market = new MarketModel(TestScenarios.Quiet(), replication: 0, seed: 1);

        Assert.Equal(DocumentedStages(), market.StageNames);
    }

    // The rows of docs/model.md section 1.3's table: "| n | `stage` | ...", step 0 (before events) excluded.
    private static List<string> DocumentedStages()
    {
        var lines = File.ReadAllLines(Path.Combine(Repository.Root, "docs", "model.md"));
        var start = Array.FindIndex(lines, l => l.StartsWith("### 1.3", StringComparison.Ordinal));
        var end = Array.FindIndex(lines, start + 1, l => l.StartsWith("### ", StringComparison.Ordinal));
        var stages = new List<string>();
        for (var i = start; i < end; i++)
        {
            var match = StageRow().Match(lines[i]);
            if (match.Success)
            {
                stages.Add(match.Groups[1].Value);
            }
        }

        return stages;
    }

    [GeneratedRegex(@"^\| [1-9][0-9]* \| `([a-z-]+)` \|")]
    private static partial Regex StageRow();
}
