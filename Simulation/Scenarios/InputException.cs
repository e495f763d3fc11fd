namespace MarketSim.Scenarios;

/// <summary>
/// Thrown when user input (scenario, schema, override) is invalid; carries every error found, not just the first.
/// </summary>
public sealed class InputException : Exception
{
    /// <summary>Creates the exception from one or more errors.</summary>
    public InputException(IReadOnlyList<InputError> errors)
        : base(Join(errors))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception from a single error.</summary>
    public InputException(InputError error)
        : this([error])
    {
    }

    /// <summary>Standard constructor; prefer the ones taking <see cref="InputError"/>.</summary>
    public InputException()
        : this(new InputError("(input)", null, null, "invalid input"))
    {
    }

    /// <summary>Standard constructor; prefer the ones taking <see cref="InputError"/>.</summary>
    public InputException(string message)
        : this(new InputError("(input)", null, null, message))
    {
    }

    /// <summary>Standard constructor; prefer the ones taking <see cref="InputError"/>.</summary>
    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new InputError("(input)", null, null, message)];
    }

    /// <summary>Every error found, in report order.</summary>
    public IReadOnlyList<InputError> Errors { get; }

    private static string Join(IReadOnlyList<InputError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return string.Join('\n', errors.Select(e => e.ToString()));
    }
}
