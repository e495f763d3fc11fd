namespace MarketSim.Scenarios;

/// <summary>A parameter path is malformed or does not match the document it is applied to.</summary>
public sealed class ParameterPathException : Exception
{
    /// <summary>Creates the exception with a message that names the path and the problem.</summary>
    public ParameterPathException(string message)
        : base(message)
    {
    }

    /// <summary>Standard constructor.</summary>
    public ParameterPathException()
    {
    }

    /// <summary>Standard constructor.</summary>
    public ParameterPathException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
