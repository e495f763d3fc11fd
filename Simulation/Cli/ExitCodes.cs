namespace MarketSim.Cli;

/// <summary>The program's exit codes (documented in the README).</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>A failure that is not the user's input (I/O, a bug).</summary>
    public const int Failure = 1;

    /// <summary>Bad input: a malformed or inconsistent file, option or argument.</summary>
    public const int BadInput = 2;

    /// <summary>Interrupted by Ctrl-C.</summary>
    public const int Interrupted = 130;
}
