using MarketSim.Market.Investors;
using MarketSim.Market.Parameters;

namespace MarketSim.Scenarios;

/// <content>Investors: unique ids and the fields each strategy uses.</content>
public static partial class ScenarioValidator
{
    /// <content>Investors: unique ids and the fields each strategy uses.</content>
    private sealed partial class Checks
    {
        private void Investors()
        {
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < scenario.Investors.Count; i++)
            {
                var investor = scenario.Investors[i];
                var path = $"$.investors[{I(i)}]";
                if (!ids.TryAdd(investor.Id, i))
                    errors.Error(path + ".id", $"investor id '{investor.Id}' is already used by $.investors[{I(ids[investor.Id])}]");
                Investor(investor, path);
            }
        }

        // The validator checks that fields a strategy does not read are left out; the strategy checks the rest.
        private void Investor(InvestorParameters investor, string path)
        {
            var strategy = Strategy.For(investor.Strategy);
            var uses = strategy.Uses;
            NotUsed(investor.Target is not null && !uses.HasFlag(InvestorFields.Target), path + ".target", strategy.Name, "target");
            NotUsed(investor.Labs is not null && !uses.HasFlag(InvestorFields.Labs), path + ".labs", strategy.Name, "labs");
            NotUsed(investor.Weights is not null && !uses.HasFlag(InvestorFields.Weights), path + ".weights", strategy.Name, "weights");
            NotUsed(investor.EqualWeights && !uses.HasFlag(InvestorFields.EqualWeights), path + ".equal_weights", strategy.Name, "equal_weights");
            NotUsed(investor.CloudShare != 0 && !uses.HasFlag(InvestorFields.CloudShare), path + ".cloud_share", strategy.Name, "cloud_share");
            NotUsed(investor.CreditShare != 0 && !uses.HasFlag(InvestorFields.CreditShare), path + ".credit_share", strategy.Name, "credit_share");
            strategy.Validate(investor, path, this);
        }

        private void NotUsed(bool present, string path, string strategy, string field)
        {
            if (present)
                errors.Error(path, $"{field} does not apply to a {strategy} investor; leave it out");
        }

        private void Weights(IReadOnlyDictionary<string, double> weights, string path, bool infrastructureOnly)
        {
            var total = 0.0;
            foreach (var (firm, weight) in weights)
            {
                total += weight;
                var at = JsonPaths.Property(path, firm);
                if (infrastructureOnly)
                {
                    if (!_clouds.Contains(firm) && !_vendors.Contains(firm))
                        errors.Error(at, $"a racetrack investor holds clouds and vendors only; '{firm}' is not one (clouds and vendors: {List(_clouds.Concat(_vendors))})");
                }
                else if (!_firmPaths.ContainsKey(firm) || _entering.ContainsKey(firm))
                {
                    errors.Error(at, $"no firm has id '{firm}' at tick 0; firm ids are: {List(_labs.Concat(_clouds).Concat(_vendors))}");
                }
            }

            if (!(total > 0))
                errors.Error(path, "weights must not all be zero");
        }
    }
}
