using System.CommandLine;
using Spectre.Console;

namespace MarketSim.Cli;

/// <summary><c>list</c>: the scenario files in a folder with their descriptions.</summary>
internal static class ListCommand
{
    public static Command Create()
    {
        var folder = new Option<string>("--dir") { Description = "Folder to list.", DefaultValueFactory = _ => "scenarios" };
        var command = new Command("list", "List scenario files with their descriptions.") { folder };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            return CommandGuard.Run(parse.InvocationConfiguration.Error, _ =>
            {
                var dir = parse.GetValue(folder)!;
                if (!Directory.Exists(dir))
                {
                    throw new Scenarios.InputException(new Scenarios.InputError(dir, null, null, "no such folder"));
                }

                var table = new Table().AddColumn("file").AddColumn("scenario").AddColumn("description");
                foreach (var file in Directory.GetFiles(dir, "*.json").Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
                {
                    try
                    {
                        var loaded = ScenarioSource.Load(file, [], "list");
                        table.AddRow(Markup.Escape(Path.GetFileName(file)), Markup.Escape(loaded.Parameters.Name), Markup.Escape(loaded.Parameters.Description));
                    }
                    catch (Scenarios.InputException e)
                    {
                        table.AddRow(Markup.Escape(Path.GetFileName(file)), "[red]invalid[/]", Markup.Escape(e.Errors[0].ToString()));
                    }
                }

                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Interactive = InteractionSupport.No });
                console.Write(table);
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
