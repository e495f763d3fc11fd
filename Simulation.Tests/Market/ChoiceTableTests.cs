using MarketSim.Market.Agents;

namespace MarketSim.Tests.Market;

public sealed class ChoiceTableTests
{
    private static ChoiceInputs Inputs(double switchingCost = 0)
    {
        var inputs = new ChoiceInputs(segments: 1, classes: 1, homes: 2, labs: 3);
        inputs.QualityWeight[0] = 4;
        inputs.PriceWeight[0] = 1.5;
        inputs.SwitchingCost[0] = switchingCost;
        inputs.QualityMultiplier[0] = 1;
        inputs.PriceMultiplier[0] = 1;
        double[] capability = [1.0, 1.2, 0.9];
        double[] price = [0.3, 0.5, 0.2];
        for (var j = 0; j < 3; j++)
        {
            inputs.Alive[j] = true;
            inputs.LnCapability[j] = Math.Log(capability[j]);
            inputs.Brand[j] = 0.1 * j;
            for (var h = 0; h < 2; h++)
            {
                inputs.LnPrice[j, h] = Math.Log(price[j] * (1 + h));
                inputs.Native[h, j] = h == j ? 0.5 : 0;
            }

            for (var k = 0; k < 3; k++)
            {
                inputs.SwitchMultiplier[j, k] = j == k ? 0 : 1;
            }
        }

        return inputs;
    }

    private static double Total(ChoiceTable table, int home, int current, int labs = 3) =>
        Enumerable.Range(0, labs).Sum(j => table.Probability(0, 0, home, current, j));

    [Fact]
    public void Update_EveryCell_ProbabilitiesSumToOne()
    {
        var table = new ChoiceTable();
        table.Update(Inputs(switchingCost: 1));

        for (var h = 0; h < 2; h++)
        {
            for (var current = -1; current < 3; current++)
            {
                Assert.Equal(1, Total(table, h, current), 12);
            }
        }
    }

    [Fact]
    public void Update_NewChooser_MatchesTheLogitFormula()
    {
        var inputs = Inputs();
        var table = new ChoiceTable();
        table.Update(inputs);

        for (var h = 0; h < 2; h++)
        {
            var u = Enumerable.Range(0, 3)
                .Select(j => (4 * inputs.LnCapability[j]) - (1.5 * inputs.LnPrice[j, h]) + inputs.Brand[j] + inputs.Native[h, j])
                .ToArray();
            var sum = u.Sum(Math.Exp);
            for (var j = 0; j < 3; j++)
            {
                Assert.Equal(Math.Exp(u[j]) / sum, table.Probability(0, 0, h, -1, j), 12);
            }
        }
    }

    [Fact]
    public void Update_DeadLab_GetsZeroAndTheRestStillSumToOne()
    {
        var inputs = Inputs(switchingCost: 2);
        inputs.Alive[1] = false;
        var table = new ChoiceTable();
        table.Update(inputs);

        for (var current = -1; current < 3; current++)
        {
            Assert.Equal(0, table.Probability(0, 0, 0, current, 1));
            Assert.Equal(1, Total(table, 0, current), 12);
        }

        // A draw just under 1 never lands on the dead lab, whichever lab is last alive.
        inputs.Alive[1] = true;
        inputs.Alive[2] = false;
        table.Update(inputs);
        Assert.NotEqual(2, table.Choose(0, 0, 0, -1, 1 - 1e-16));
    }

    [Fact]
    public void Update_SwitchingCost_RaisesTheChanceOfStaying()
    {
        var free = new ChoiceTable();
        free.Update(Inputs(switchingCost: 0));
        var costly = new ChoiceTable();
        costly.Update(Inputs(switchingCost: 1.5));

        for (var current = 0; current < 3; current++)
        {
            var stayFree = free.Probability(0, 0, 0, current, current);
            var stayCostly = costly.Probability(0, 0, 0, current, current);
            Assert.True(stayCostly > stayFree, $"lab {current}: stay {stayCostly} with cost vs {stayFree} without");

            // The odds of staying rise by exactly e^s against every other lab.
            for (var j = 0; j < 3; j++)
            {
                if (j != current)
                {
                    var oddsFree = stayFree / free.Probability(0, 0, 0, current, j);
                    var oddsCostly = stayCostly / costly.Probability(0, 0, 0, current, j);
                    Assert.Equal(Math.Exp(1.5), oddsCostly / oddsFree, 9);
                }
            }
        }
    }

    [Fact]
    public void Choose_UniformDraws_FollowTheCumulativeProbabilities()
    {
        var table = new ChoiceTable();
        table.Update(Inputs());
        var p0 = table.Probability(0, 0, 0, -1, 0);
        var p1 = table.Probability(0, 0, 0, -1, 1);

        Assert.Equal(0, table.Choose(0, 0, 0, -1, 0));
        Assert.Equal(0, table.Choose(0, 0, 0, -1, p0 * 0.999));
        Assert.Equal(1, table.Choose(0, 0, 0, -1, p0 + (p1 * 0.5)));
        Assert.Equal(2, table.Choose(0, 0, 0, -1, 0.999999));
    }
}
