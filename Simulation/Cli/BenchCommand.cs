using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;

namespace MarketSim.Cli;

/// <summary><c>bench</c>: measures the engine (money model) and the market model.</summary>
internal static class BenchCommand
{
    private static readonly int[] MarketSizes = [20_000, 100_000, 1_000_000];
    private static readonly string[] MarketHeaders = ["customers", "ticks", "wall s", "customer-steps/s", "peak MB"];
    private static readonly int[] MoneySizes = [1_000, 10_000, 100_000, 1_000_000];
    private static readonly string[] Headers = ["agents", "steps", "wall s", "agent-steps/s", "bytes/step", "final Gini"];

    public static Command Create()
    {
        var model = new Option<string>("--model") { Description = "What to time: money (engine reference model) or market.", DefaultValueFactory = _ => "money" };
        model.AcceptOnlyFromAmong("money", "market");
        var agents = new Option<int?>("--agents") { Description = "Money model: number of agents (omit for the standard table)." };
        var steps = new Option<int>("--steps") { Description = "Money model: steps to time.", DefaultValueFactory = _ => 100 };
        var seed = new Option<ulong>("--seed") { Description = "Root seed.", DefaultValueFactory = _ => 42UL };
        var json = new Option<bool>("--json") { Description = "Print exactly one JSON line instead of a table." };
        var customers = new Option<int?>("--customers") { Description = "Market model: customers (omit for the standard table)." };
        var ticks = new Option<int>("--ticks") { Description = "Market model: months to time.", DefaultValueFactory = _ => 120 };
        var scenario = new Option<string>("--scenario") { Description = "Market model: scenario to time.", DefaultValueFactory = _ => "scenarios/baseline-2025.json" };

        var command = new Command("bench", "Measure speed: the engine on the money model, or the market model.")
        {
            model, agents, steps, seed, json, customers, ticks, scenario,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(model) == "market")
            {
                return CommandGuard.Run(parse.InvocationConfiguration.Error, _ => Market(parse, output, customers, ticks, seed, scenario, json));
            }

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
                    r.BytesPerStep.ToString("F1", CultureInfo.InvariantCulture),
                    r.Gini.ToString("F4", CultureInfo.InvariantCulture));
            }

            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
            console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static int Market(ParseResult parse, TextWriter output, Option<int?> customers, Option<int> ticks, Option<ulong> seed, Option<string> scenario, Option<bool> json)
    {
        var tickCount = parse.GetValue(ticks);
        if (tickCount < 1 || parse.GetValue(customers) is < 1)
        {
            throw new Scenarios.InputException(new Scenarios.InputError("bench", null, null, "--ticks and --customers must be at least 1"));
        }

        var baseline = ScenarioSource.Load(parse.GetValue(scenario)!, []).Parameters;
        var sizes = parse.GetValue(customers) is { } n ? [n] : MarketSizes;
        var results = sizes.Select(size => MarketBenchmark.Run(baseline, size, tickCount, parse.GetValue(seed))).ToList();
        if (parse.GetValue(json))
        {
            foreach (var r in results)
            {
                output.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
                {
                    ["model"] = "market",
                    ["customers"] = r.Customers,
                    ["ticks"] = r.Ticks,
                    ["seed"] = r.Seed,
                    ["seconds"] = Math.Round(r.Seconds, 6),
                    ["customer_steps_per_second"] = Math.Round(r.CustomerStepsPerSecond),
                    ["peak_memory_mb"] = Math.Round(r.PeakMemoryMb, 1),
                }));
            }

            return ExitCodes.Ok;
        }

        var table = new Table().Title($"Market model ({Path.GetFileName(parse.GetValue(scenario))}), one replication, one thread");
        foreach (var header in MarketHeaders)
        {
            table.AddColumn(new TableColumn(header).RightAligned());
        }

        foreach (var r in results)
        {
            table.AddRow(
                r.Customers.ToString("N0", CultureInfo.InvariantCulture),
                r.Ticks.ToString(CultureInfo.InvariantCulture),
                r.Seconds.ToString("F3", CultureInfo.InvariantCulture),
                r.CustomerStepsPerSecond.ToString("N0", CultureInfo.InvariantCulture),
                r.PeakMemoryMb.ToString("F0", CultureInfo.InvariantCulture));
        }

        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) }).Write(table);
        output.WriteLine($"Machine: {Environment.ProcessorCount} cores; load average {LoadAverage()}.");
        return ExitCodes.Ok;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
