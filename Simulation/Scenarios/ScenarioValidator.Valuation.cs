using MarketSim.Market.Parameters;

namespace MarketSim.Scenarios;

/// <content>
/// The v2 valuation law: listed companies name clouds and vendors, each at most once; under v2 every cloud and
/// vendor belongs to one, a derived AI share has a trailing revenue, observed values name labs, and the
/// racetrack-listed strategy needs the v2 law.
/// </content>
public static partial class ScenarioValidator
{
    /// <content>The v2 valuation law.</content>
    private sealed partial class Checks
    {
        private void Valuation()
        {
            var p = scenario.Market.Valuation;
            const string root = "$.market.valuation";
            var owner = new Dictionary<string, string>(StringComparer.Ordinal);
            var companies = p.ListedCompanies ?? [];
            var ids = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < companies.Count; i++)
            {
                var company = companies[i];
                var path = $"{root}.listed_companies[{I(i)}]";
                if (!ids.Add(company.Id))
                    errors.Error(path + ".id", $"listed company '{company.Id}' is listed twice");
                if (company.AiShare is null && company.TrailingRevenue is null)
                    errors.Error(path, "a listed company needs ai_share or trailing_revenue (to derive the AI share from tick-0 revenue)");
                for (var m = 0; m < company.Members.Count; m++)
                {
                    var member = company.Members[m];
                    var at = $"{path}.members[{I(m)}]";
                    if (!_clouds.Contains(member) && !_vendors.Contains(member))
                    {
                        // Only the v2 law reads the companies; a v1 scenario that drops a firm keeps its inherited list.
                        if (p.Law == ValuationLaw.V2)
                            errors.Error(at, $"'{member}' is not a cloud or vendor of this scenario");
                        continue;
                    }

                    if (!owner.TryAdd(member, company.Id))
                        errors.Error(at, $"'{member}' already belongs to listed company '{owner[member]}'");
                }
            }

            if (p.ObservedValues is { } observed)
            {
                foreach (var id in observed.Keys)
                {
                    if (!_labs.Contains(id) && !_entering.ContainsKey(id))
                        errors.Error(root + ".observed_values", $"'{id}' is not a lab of this scenario (listed companies carry the clouds' and vendors' observed values)");
                }
            }

            if (p.Law != ValuationLaw.V2)
            {
                if (scenario.Market.Funding.Pricing == FundingPricing.Value)
                    errors.Error("$.market.funding.pricing", "value-priced rounds price a lab at its value under the v2 valuation law: set market.valuation.law to \"v2\" or pricing to \"revenue\"");
                for (var i = 0; i < scenario.Investors.Count; i++)
                {
                    if (scenario.Investors[i].Strategy == StrategyKind.RacetrackListed)
                        errors.Error($"$.investors[{I(i)}].strategy", "racetrack-listed holds listed companies, which only the v2 valuation law defines: set market.valuation.law to \"v2\"");
                }

                return;
            }

            foreach (var id in _clouds.Concat(_vendors).Order(StringComparer.Ordinal))
            {
                if (!owner.ContainsKey(id))
                    errors.Error(root + ".listed_companies", $"under the v2 law every cloud and vendor belongs to a listed company; '{id}' belongs to none");
            }
        }
    }
}
