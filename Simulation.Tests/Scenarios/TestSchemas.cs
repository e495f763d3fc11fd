namespace MarketSim.Tests.Scenarios;

/// <summary>A small scenario-like schema and documents shared by the schema, binder and loader tests.</summary>
internal static class TestSchemas
{
    public const string Scenario = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://marketsim.test/scenario.schema.json",
          "type": "object",
          "additionalProperties": false,
          "required": ["name", "labs"],
          "properties": {
            "$schema": { "type": "string" },
            "extends": { "type": "string" },
            "name": { "type": "string", "minLength": 1 },
            "ticks": { "type": "integer", "minimum": 1 },
            "labs": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/lab" } }
          },
          "$defs": {
            "lab": {
              "type": "object",
              "additionalProperties": false,
              "required": ["id", "markup"],
              "properties": {
                "id": { "type": "string" },
                "markup": { "type": "number", "minimum": 0, "maximum": 5 },
                "share": { "type": "number", "minimum": 0, "maximum": 1 },
                "kind": { "enum": ["open-weights", "closed"] }
              }
            }
          }
        }
        """;

    public const string Valid = """
        {
          "$schema": "scenario.schema.json",
          "name": "ok",
          "ticks": 10,
          "labs": [
            { "id": "openai", "markup": 0.4, "share": 0.6, "kind": "closed" },
            { "id": "meta", "markup": 0.0, "share": 0.4, "kind": "open-weights" }
          ]
        }
        """;
}
