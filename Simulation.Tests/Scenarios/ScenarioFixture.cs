using MarketSim.Scenarios;
using MarketSim.Tests.Support;

namespace MarketSim.Tests.Scenarios;

/// <summary>
/// A small valid scenario written for these tests (every section, every strategy, both alliance
/// kinds, every event kind; fields with schema defaults mostly left out) and the repository's real schema.
/// </summary>
internal static class ScenarioFixture
{
    private static readonly Lazy<string> RepoRoot = new(FindRepoRoot);
    private static readonly Lazy<ScenarioSchema> LoadedSchema = new(() => ScenarioSchema.Load(SchemaPath));

    /// <summary>The real <c>scenarios/scenario.schema.json</c>.</summary>
    public static string SchemaPath => Path.Combine(RepoRoot.Value, "scenarios", ScenarioLoader.SchemaFileName);

    /// <summary>The folder holding MarketSim.sln.</summary>
    public static string Repo => RepoRoot.Value;

    /// <summary>The real schema, loaded once.</summary>
    public static ScenarioSchema Schema => LoadedSchema.Value;

    /// <summary>1-based line of the first occurrence of <paramref name="marker"/> in <paramref name="text"/>.</summary>
    public static int LineOf(string text, string marker)
    {
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"marker '{marker}' not in the text");
        return text.AsSpan(0, at).Count('\n') + 1;
    }

    /// <summary><paramref name="text"/> with the one occurrence of <paramref name="old"/> replaced.</summary>
    public static string Edit(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{old}' not in the text");
        Assert.True(text.IndexOf(old, at + 1, StringComparison.Ordinal) < 0, $"'{old}' occurs more than once");
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length));
    }

    private static string FindRepoRoot() => Repository.Root;

    public const string Valid = """
        {
          "$schema": "scenario.schema.json",
          "name": "tiny",
          "description": "A tiny valid scenario for tests.",
          "start_month": "2025-11",
          "ticks": 24,
          "seed": 7,
          "customers": {
            "count": 200,
            "total_demand": 100,
            "native_bonus": 0.5,
            "home_clouds": { "azure": 0.6, "aws": 0.4 },
            "segments": [
              {
                "name": "enterprise", "customer_share": 0.3, "demand_share": 0.6,
                "p": 0.01, "q": 0.25, "growth": 0.02, "growth_half_life": 24, "elasticity": 1.2, "reference_price": 0.5,
                "quality_sensitivity": 2, "price_sensitivity": 1, "switching_cost": 1, "review_probability": 0.1
              },
              {
                "name": "consumer", "customer_share": 0.7, "demand_share": 0.4, "initial_adopted": 0.1,
                "p": 0.02, "q": 0.3, "growth": 0.01, "growth_half_life": 36, "elasticity": 1.5, "reference_price": 0.4,
                "quality_sensitivity": 1, "price_sensitivity": 2, "switching_cost": 0.5, "review_probability": 0.2
              }
            ]
          },
          "labs": [
            {
              "id": "openai", "name": "OpenAI", "cash": 40, "capability": 1.0, "training_compute": 10,
              "research_volatility": 0.05, "inference_intensity": 0.2,
              "markup": 0.5, "markup_min": 0.1, "markup_max": 2, "markup_step": 0.02,
              "training_revenue_share": 0.3, "training_cash_share": 0.5, "opex": 0.5,
              "main_cloud": "azure", "cloud_allocation": { "azure": 0.8, "aws": 0.2 },
              "shares": 100, "valuation": 500
            },
            {
              "id": "anthropic", "name": "Anthropic", "cash": 20, "capability": 0.95, "training_compute": 6,
              "research_volatility": 0.06, "inference_intensity": 0.25,
              "markup": 0.4, "markup_min": 0.1, "markup_max": 1.5, "markup_step": 0.02,
              "training_revenue_share": 0.35, "training_cash_share": 0.6, "opex": 0.3,
              "main_cloud": "aws", "cloud_allocation": { "aws": 1 },
              "shares": 50, "valuation": 180
            },
            {
              "id": "meta", "name": "Meta", "open_weights": true, "cash": 10, "capability": 0.8, "training_compute": 8,
              "research_volatility": 0.04, "inference_intensity": 0.3,
              "markup": 0, "markup_min": 0, "markup_max": 0, "markup_step": 0,
              "training_revenue_share": 0, "training_cash_share": 0.4, "opex": 0.2, "parent_support": 1.5,
              "main_cloud": "aws", "cloud_allocation": { "azure": 0.5, "aws": 0.5 },
              "shares": 10, "valuation": 0
            }
          ],
          "clouds": [
            {
              "id": "azure", "name": "Azure", "capacity": 2, "fleet_cost_per_cu": 30, "price": 2.5,
              "operating_cost_per_cu": 0.3, "facility_cost_ratio": 0.4, "life": 72,
              "price_adjustment": 0.1, "target_utilisation": 0.8, "headroom": 0.2, "lead_time": 6,
              "forecast_smoothing": 0.3, "background_growth_half_life": 24, "procurement_sensitivity": 2, "vendor_lock_in": { "nvidia": 0.5 },
              "shares": 100, "cash": 50
            },
            {
              "id": "aws", "name": "AWS", "capacity": 2.5, "fleet_cost_per_cu": 28, "price": 2.4,
              "operating_cost_per_cu": 0.3, "facility_cost_ratio": 0.4, "life": 60,
              "price_adjustment": 0.1, "target_utilisation": 0.8, "headroom": 0.2, "lead_time": 6,
              "forecast_smoothing": 0.3, "background_growth_half_life": 24, "procurement_sensitivity": 2,
              "own_chip": { "vendor": "trainium", "share": 0.2 },
              "shares": 120, "cash": 60
            }
          ],
          "vendors": [
            {
              "id": "nvidia", "name": "NVIDIA", "price": 40, "unit_cost": 10, "compute_per_unit": 1,
              "generation_gain": 2, "generation_price_gain": 1.4, "supply": 500, "price_adjustment": 0.05, "opex": 1,
              "shares": 24000, "cash": 60
            },
            {
              "id": "trainium", "name": "Trainium", "price": 15, "unit_cost": 8, "compute_per_unit": 0.6,
              "generation_months": 18, "generation_gain": 1.8, "generation_price_gain": 1.2, "supply": 100, "price_adjustment": 0.05, "opex": 0.2,
              "shares": 1, "cash": 1
            }
          ],
          "contracts": [
            { "id": "openai-azure", "lab": "openai", "cloud": "azure", "total": 50, "start_tick": 0, "months": 24 }
          ],
          "market": {
            "efficiency_halving_months": 12,
            "capability_exponent": 0.3,
            "open_weights_lag": 6,
            "markup_share_threshold": 0.05,
            "funding": {
              "runway_min": 12, "raise_months": 24, "multiple": 20, "minimum_revenue": 0.1,
              "external_pool": 10, "pool_sentiment_exponent": 2
            },
            "valuation": {
              "lab_multiple": 25, "infra_multiple": 30, "sentiment_exponent": 1.5,
              "growth_weight": 0.5, "reference_margin": 0.5, "mark_speed": 0.2
            },
            "sentiment": {
              "persistence": 0.9, "growth_weight": 2, "ratio_weight": 0.5,
              "expected_growth": 0.03, "capex_optimism": 1, "noise": 0.02
            }
          },
          "investors": [
            { "id": "track", "strategy": "racetrack" },
            { "id": "horse", "strategy": "single-lab", "target": "anthropic", "follow_on": true },
            { "id": "index", "strategy": "lab-index", "equal_weights": true },
            { "id": "builder", "strategy": "empire", "target": "azure", "labs": ["openai"], "cloud_share": 0.7, "credit_share": 0.5 },
            { "id": "mine", "strategy": "custom", "weights": { "nvidia": 1, "openai": 1 } }
          ],
          "alliances": [
            {
              "id": "azure-nvidia-anthropic", "kind": "vertical", "start_tick": 1, "end_tick": 20,
              "clouds": ["azure"], "labs": ["anthropic"], "vendors": ["nvidia"],
              "investments": [ { "from": "azure", "to": "anthropic", "amount": 5, "tick": 1, "form": "credits" } ],
              "commitments": [ { "id": "anthropic-azure", "lab": "anthropic", "cloud": "azure", "total": 30, "start_tick": 1, "months": 12 } ],
              "compute_allocation": 0.3, "priority_supply": true, "lock_in": 0.4, "exit_penalty": 1
            },
            {
              "id": "open-coalition", "kind": "horizontal", "start_tick": 0,
              "clouds": ["aws"], "labs": ["meta"], "vendors": ["trainium"], "interop": 0.6, "portability": 0.5
            }
          ],
          "events": [
            { "kind": "efficiency-shock", "tick": 3, "factor": 0.5 },
            { "kind": "funding-freeze", "tick": 4, "months": 3, "shock": 0.2 },
            { "kind": "supply-shock", "tick": 5, "vendor": "nvidia", "factor": 0.7, "months": 2 },
            { "kind": "price-war", "tick": 6, "cut": 0.3 },
            {
              "kind": "lab-entry", "tick": 6,
              "lab": {
                "id": "mistral", "name": "Mistral", "cash": 2, "capability": 0.7, "training_compute": 1,
                "research_volatility": 0.08, "inference_intensity": 0.2,
                "markup": 0.3, "markup_min": 0, "markup_max": 1, "markup_step": 0.02,
                "training_revenue_share": 0.3, "training_cash_share": 0.5, "opex": 0.05,
                "main_cloud": "azure", "cloud_allocation": { "azure": 1 },
                "shares": 5, "valuation": 12
              }
            },
            { "kind": "lab-breakthrough", "tick": 8, "lab": "mistral", "factor": 1.3 },
            { "kind": "alliance-start", "tick": 2, "alliance": "open-coalition" },
            { "kind": "alliance-end", "tick": 18, "alliance": "azure-nvidia-anthropic" }
          ]
        }
        """;
}
