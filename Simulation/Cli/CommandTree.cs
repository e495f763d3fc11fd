using System.CommandLine;

namespace MarketSim.Cli;

/// <summary>The command tree: one factory per command.</summary>
internal static class CommandTree
{
    public static RootCommand Build()
    {
        var root = new RootCommand("MarketSim: does it pay more to own the AI racetrack or to bet on one horse?");
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(PlotCommandLine.Create());
        root.Subcommands.Add(ValidateCommand.Create());
        root.Subcommands.Add(ListCommand.Create());
        root.Subcommands.Add(CompareCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(SweepCommand.Create());
        root.Subcommands.Add(MergeCommand.Create());
        root.Subcommands.Add(BacktestCommand.Create());
        root.Subcommands.Add(CalibrateCommand.Create());
        root.Subcommands.Add(BridgeCommand.Create());
        return root;
    }
}
