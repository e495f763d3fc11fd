using System.CommandLine;
using MarketSim.Cli;

namespace MarketSim.Tests.Cli;

/// <summary>
/// The last-resort guard (issue 17): an exception no command expected prints one line naming what failed
/// and the crash log, exits 1 and shows no stack trace; the log holds the details.
/// </summary>
public sealed class CrashGuardTests
{
    [Fact]
    public void Run_UnexpectedException_OneLineWithCrashLogAndExitOne()
    {
        var folder = CliHarness.TempDir();
        var root = CommandTree.Build();
        var boom = new Command("boom", "Fails on purpose.");
        boom.SetAction(new Func<ParseResult, int>(_ => throw new InvalidOperationException("a bug on purpose\nsecond line")));
        root.Subcommands.Add(boom);
        var output = new StringWriter();
        var error = new StringWriter();
        var before = CrashGuard.Count;
        Environment.SetEnvironmentVariable(CrashGuard.FolderVariable, folder);
        int exit;
        try
        {
            exit = Program.Run(["boom"], new InvocationConfiguration { Output = output, Error = error }, root);
        }
        finally
        {
            Environment.SetEnvironmentVariable(CrashGuard.FolderVariable, null);
        }

        Assert.Equal(1, exit);
        var line = Assert.Single(error.ToString().TrimEnd('\n').Split('\n'));
        Assert.StartsWith("error: internal error in 'boom' (InvalidOperationException: a bug on purpose); details in ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", line, StringComparison.Ordinal);
        var log = Assert.Single(Directory.GetFiles(folder, "crash-*.log"));
        Assert.Contains(log, line, StringComparison.Ordinal);
        var details = File.ReadAllText(log);
        Assert.Contains("command line: boom", details, StringComparison.Ordinal);
        Assert.Contains("   at ", details, StringComparison.Ordinal);
        Assert.True(CrashGuard.Count > before);
    }

    [Fact]
    public void Run_CommandFailingInsideATask_IsCaughtToo()
    {
        var root = CommandTree.Build();
        var boom = new Command("boom-async", "Fails on purpose in a task.");
        boom.SetAction((_, _) => Task.Run(new Func<int>(() => throw new ArgumentException("async bug"))));
        root.Subcommands.Add(boom);
        var error = new StringWriter();

        var exit = Program.Run(["boom-async"], new InvocationConfiguration { Output = new StringWriter(), Error = error }, root);

        Assert.Equal(1, exit);
        Assert.Contains("internal error in 'boom-async' (ArgumentException: async bug)", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
    }
}
