using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;

namespace MarketSim.Cli;

/// <summary><c>bench</c>: measures the engine (money model) and the market model.</summary>
internal static class BenchCommand
{
    private static readonly int[] MoneySizes = [1_000, 10_000, 100_000, 1_000_000];
    private static readonly string[] Headers = ["agents", "steps", "wall s", "agent-steps/s", "ns/agent-step", "bytes/step", "final Gini"];

    public static Command Create()
    {
        var model = new Option<string>("--model") { Description = "What to time: money (engine reference model) or market.", DefaultValueFactory = _ => "money" };
        model.AcceptOnlyFromAmong("money", "market");
        var agents = new Option<int?>("--agents") { Description = "Money model: number of agents (omit for the standard table)." };
        var steps = new Option<int>("--steps") { Description = "Money model: steps to time.", DefaultValueFactory = _ => 100 };
        var seed = new Option<ulong>("--seed") { Description = "Root seed.", DefaultValueFactory = _ => 42UL };
        var json = new Option<bool>("--json") { Description = "Print exactly one JSON line instead of a table." };

        var command = new Command("bench", "Measure speed: the engine on the money model, or the market model.")
        {
            model, agents, steps, seed, json,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var stepCount = parse.GetValue(steps);
            if (stepCount < 1)
            {
                parse.InvocationConfiguration.Error.WriteLine("error: --steps must be at least 1.");
                return ExitCodes.BadInput;
            }

            var agentCount = parse.GetValue(agents);
            if (agentCount is < 2)
            {
                parse.InvocationConfiguration.Error.WriteLine("error: --agents must be at least 2.");
                return ExitCodes.BadInput;
            }

            var sizes = agentCount is { } n ? [n] : MoneySizes;
            var results = sizes.Select(size => MoneyBenchmark.Run(size, stepCount, parse.GetValue(seed))).ToList();
            if (parse.GetValue(json))
            {
                foreach (var r in results)
                {
                    output.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
                    {
                        ["model"] = "money",
                        ["agents"] = r.Agents,
                        ["steps"] = r.Steps,
                        ["seed"] = r.Seed,
                        ["seconds"] = Math.Round(r.Seconds, 6),
                        ["agent_steps_per_second"] = Math.Round(r.AgentStepsPerSecond),
                        ["ns_per_agent_step"] = Math.Round(1e9 / r.AgentStepsPerSecond, 3),
                        ["bytes_per_step"] = Math.Round(r.BytesPerStep, 3),
                        ["cores"] = Environment.ProcessorCount,
                        ["load_average"] = LoadAverage(),
                        ["gini"] = Math.Round(r.Gini, 6),
                    }));
                }

                return ExitCodes.Ok;
            }

            var table = new Table().Title("Money model (engine reference), one thread");
            foreach (var header in Headers)
            {
                table.AddColumn(new TableColumn(header).RightAligned());
            }

            foreach (var r in results)
            {
                table.AddRow(
                    r.Agents.ToString("N0", CultureInfo.InvariantCulture),
                    r.Steps.ToString(CultureInfo.InvariantCulture),
                    r.Seconds.ToString("F3", CultureInfo.InvariantCulture),
                    r.AgentStepsPerSecond.ToString("N0", CultureInfo.InvariantCulture),
                    (1e9 / r.AgentStepsPerSecond).ToString("F2", CultureInfo.InvariantCulture),
                    r.BytesPerStep.ToString("F1", CultureInfo.InvariantCulture),
                    r.Gini.ToString("F4", CultureInfo.InvariantCulture));
            }

            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });

            // Redirected output reports 80 columns, which would wrap the table's numbers.
            console.Profile.Width = Math.Max(console.Profile.Width, 100);
            console.Write(table);
            output.WriteLine($"{Environment.ProcessorCount} cores, load average {LoadAverage()} (1/5/15 min)");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string LoadAverage()
    {
        // Linux only; elsewhere the footer says so rather than guessing.
        const string Path = "/proc/loadavg";
        if (!File.Exists(Path))
        {
            return "unavailable";
        }

        var fields = File.ReadAllText(Path).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', fields.Take(3));
    }
}
