namespace MarketSim.Scenarios;

/// <summary>Applies <c>--set path=value</c> overrides to a resolved document.</summary>
public static class ScenarioOverrides
{
    /// <summary>The pseudo file name that errors and locations use for command-line overrides.</summary>
    public const string Source = "--set";

    /// <summary>
    /// Applies each override in order. A bad one is skipped and reported; the rest still apply, so the
    /// user sees every mistake at once. New fields may be added: schema validation rejects unknown ones.
    /// </summary>
    /// <returns>One error per bad override, with <see cref="InputError.File"/> = "--set".</returns>
    public static IReadOnlyList<InputError> Apply(ResolvedDocument document, IReadOnlyList<string> overrides)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(overrides);
        var errors = new List<InputError>();
        foreach (var text in overrides)
        {
            var error = ApplyOne(document, text);
            if (error is not null)
                errors.Add(new InputError(Source, null, null, error));
        }

        return errors;
    }

    private static string? ApplyOne(ResolvedDocument document, string text)
    {
        var equals = FindAssignment(text);
        if (equals < 0)
            return $"'{text}' is not path=value, as in labs[id=openai].markup=0.4";
        var pathText = text[..equals].Trim();
        if (!ParameterPath.TryParse(pathText, out var path, out var pathError))
            return pathError;

        var value = ParameterValue.Parse(text[(equals + 1)..].Trim());
        try
        {
            var jsonPath = path.ToJsonPath(document.Root);
            var old = path.GetExisting(document.Root);
            path.Set(document.Root, value, allowNewProperty: true);
            document.Reattribute(jsonPath, old, new SourceLocation(Source, null, null));
            return null;
        }
        catch (ParameterPathException e)
        {
            return $"{text}: {e.Message}";
        }
    }

    /// <summary>The path of an override, <c>labs[id=openai].markup</c> for <c>labs[id=openai].markup=0.4</c> (the whole text when it has no '=').</summary>
    public static string PathOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var equals = FindAssignment(text);
        return (equals < 0 ? text : text[..equals]).Trim();
    }

    /// <summary>The first '=' outside brackets: <c>labs[id=openai].markup=0.4</c> splits before 0.4.</summary>
    private static int FindAssignment(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '[':
                    depth++;
                    break;
                case ']':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '=' when depth == 0:
                    return i;
            }
        }

        return -1;
    }
}
