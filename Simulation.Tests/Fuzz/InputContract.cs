using MarketSim.Market;
using MarketSim.Market.Parameters;
using MarketSim.Scenarios;

namespace MarketSim.Tests.Fuzz;

/// <summary>
/// What every input must end in: a load that succeeds, or an <see cref="InputException"/> whose errors each
/// name a file and say what is wrong in one readable line. Anything else (another exception type, a
/// message with a stack trace, a message thousands of characters long) fails the case.
/// </summary>
internal static class InputContract
{
    /// <summary>Longest acceptable message: one line a user can read, even when the value itself is huge.</summary>
    public const int MaxMessage = 1000;

    /// <summary>Runs <paramref name="load"/>; true when it succeeded, false when it reported bad input properly.</summary>
    public static bool Loads(Action load)
    {
        try
        {
            load();
            return true;
        }
        catch (InputException e)
        {
            Check(e.Errors);
            return false;
        }
    }

    public static void Check(IReadOnlyList<InputError> errors)
    {
        if (errors.Count == 0)
            throw new InvalidOperationException("an InputException with no errors");
        foreach (var error in errors)
        {
            var text = error.ToString();
            if (string.IsNullOrWhiteSpace(error.File) || string.IsNullOrWhiteSpace(error.Message))
                throw new InvalidOperationException($"an error without file or message: '{text}'");
            if (text.Contains("   at ", StringComparison.Ordinal) || text.Contains("Exception", StringComparison.Ordinal))
                throw new InvalidOperationException($"an error that shows a stack trace or exception: '{text[..Math.Min(300, text.Length)]}'");
            if (text.Length > MaxMessage + error.File.Length + (error.JsonPath?.Length ?? 0) + 20)
                throw new InvalidOperationException($"an error message of {text.Length} characters: '{text[..300]}...'");
            if (text.Contains('\n', StringComparison.Ordinal))
                throw new InvalidOperationException($"an error over several lines: '{text[..Math.Min(300, text.Length)]}'");
        }
    }

    /// <summary>Runs a scenario that passed validation at a tiny size: a few customers, a few months, invariants checked.</summary>
    public static void RunTiny(ScenarioParameters scenario)
    {
        var tiny = scenario with
        {
            Replications = 1,
            Customers = scenario.Customers with { Count = Math.Min(scenario.Customers.Count, 60) },
        };
        try
        {
            MarketRunner.Run(tiny, 0, null, flows: false, check: true, ticks: Math.Min(scenario.Ticks, 5));
        }
        catch (ScenarioStateException e)
        {
            // Loading checked tick 0 at the scenario's own size; 60 customers draw other adopters, which may contradict it.
            Check([new InputError("scenario.json", e.JsonPath, null, e.Message)]);
        }
    }
}
