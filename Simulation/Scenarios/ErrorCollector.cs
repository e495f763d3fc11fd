namespace MarketSim.Scenarios;

/// <summary>
/// Gathers semantic errors (shares must sum to 1, referenced ids must exist) against a resolved
/// document, so a check can report every problem with its file and line before failing once.
/// </summary>
public sealed class ErrorCollector
{
    private readonly ResolvedDocument _document;
    private readonly List<InputError> _errors = [];

    /// <summary>Creates a collector whose errors are located in <paramref name="document"/>.</summary>
    public ErrorCollector(ResolvedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _document = document;
    }

    /// <summary>The document the errors are located in (checks that read the JSON itself walk it).</summary>
    internal ResolvedDocument Document => _document;

    /// <summary>The errors so far, in the order reported.</summary>
    public IReadOnlyList<InputError> Errors => _errors;

    /// <summary>True when at least one error was reported.</summary>
    public bool HasErrors => _errors.Count > 0;

    /// <summary>Reports an error at <paramref name="jsonPath"/> (<c>$.labs[0].markup</c>); file and line come from the document.</summary>
    public void Error(string jsonPath, string message) => _errors.Add(_document.ErrorAt(jsonPath, message));

    /// <summary>Reports <paramref name="message"/> at <paramref name="jsonPath"/> unless <paramref name="condition"/> holds.</summary>
    public void Require(bool condition, string jsonPath, string message)
    {
        if (!condition)
            Error(jsonPath, message);
    }

    /// <summary>Adds errors found elsewhere (schema, overrides).</summary>
    public void AddRange(IEnumerable<InputError> errors) => _errors.AddRange(errors);

    /// <summary>Throws an <see cref="InputException"/> with every error, if there are any.</summary>
    public void ThrowIfAny()
    {
        if (_errors.Count > 0)
            throw new InputException([.. _errors]);
    }
}
