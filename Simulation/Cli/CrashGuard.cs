using System.Globalization;
using System.Text;

namespace MarketSim.Cli;

/// <summary>
/// The last-resort net under every command: an exception no command expected (a bug, not bad input) is
/// written with its stack trace to a crash log, and the user sees one line naming what failed and where
/// the log is; exit 1. Bad input never gets here (it is exit 2 with a message), and the fuzz tests assert
/// that <see cref="Count"/> stays zero: the guard catches bugs, it must not hide them.
/// </summary>
internal static class CrashGuard
{
    /// <summary>Environment variable naming the folder for crash logs (default: the temp folder's marketsim-crashes).</summary>
    public const string FolderVariable = "MARKETSIM_CRASH_DIR";

    private static int _count;

    /// <summary>How many times the guard caught an exception in this process (tests read it).</summary>
    public static int Count => Volatile.Read(ref _count);

    /// <summary>Runs <paramref name="body"/>; any exception becomes a crash log, one line on <paramref name="error"/> and exit 1.</summary>
    public static int Run(string[] args, TextWriter error, Func<int> body)
    {
        try
        {
            return body();
        }
#pragma warning disable CA1031 // The point of the net: every exception, whatever its type.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Interlocked.Increment(ref _count);
            var root = e is AggregateException { InnerExceptions.Count: > 0 } aggregate ? aggregate.InnerExceptions[0] : e;
            var what = args.Length > 0 && !args[0].StartsWith('-') ? $"'{args[0]}'" : "the command";
            var log = Write(args, e);
            var message = FirstLine(root.Message);
            error.WriteLine(log is null
                ? $"error: internal error in {what} ({root.GetType().Name}: {message}); no crash log could be written. Please report it."
                : $"error: internal error in {what} ({root.GetType().Name}: {message}); details in {log}. Please report it with that file.");
            return ExitCodes.Failure;
        }
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n')[0].Trim();
        return line.Length <= 200 ? line : line[..200] + "...";
    }

    private static string? Write(string[] args, Exception e)
    {
        try
        {
            var folder = Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } named
                ? named
                : Path.Combine(Path.GetTempPath(), "marketsim-crashes");
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"crash-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}-{Guid.NewGuid():N}.log"));
            var text = new StringBuilder()
                .Append("MarketSim crash log, ").AppendLine(DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture))
                .Append("command line: ").AppendLine(string.Join(' ', args))
                .Append("version: ").AppendLine(typeof(CrashGuard).Assembly.GetName().Version?.ToString() ?? "unknown")
                .AppendLine()
                .AppendLine(e.ToString());
            File.WriteAllText(path, text.ToString());
            return Path.GetFullPath(path);
        }
        catch (Exception write) when (write is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}
