using System.CommandLine;
using System.CommandLine.Parsing;

namespace MarketSim.Cli;

/// <summary>
/// Finds the command-line mistakes System.CommandLine lets through or hides: an unknown command or option
/// given with <c>--help</c> (which would print help and exit 0), and an unknown option swallowed as a
/// value by a command that takes a list of paths (<c>merge a b --quiet</c> once read "--quiet" as a
/// folder). Each problem is one line with the closest known name.
/// </summary>
internal static class CommandLineCheck
{
    private static readonly string[] HelpNames = ["--help", "-h", "-?", "/h", "/?"];

    /// <summary>Every problem of <paramref name="parsed"/>, one line each; empty when the command line is well formed.</summary>
    public static IReadOnlyList<string> Problems(ParseResult parsed)
    {
        var problems = new List<string>();
        var command = parsed.CommandResult.Command;
        var tokens = parsed.Tokens;
        var first = tokens.Count > 0 ? tokens[0] : null;

        // An unknown first word is an unknown command, whatever follows it.
        if (command is RootCommand && first is { Type: TokenType.Argument } word && !LooksLikeOption(word.Value))
        {
            var names = command.Subcommands.Select(c => c.Name).ToList();
            problems.Add($"unknown command '{word.Value}'{Suggest(word.Value, names)}; commands: {string.Join(", ", names)}");
            return problems;
        }

        var known = KnownOptions(command);
        var afterDoubleDash = false;
        foreach (var token in tokens)
        {
            if (token.Type == TokenType.DoubleDash)
                afterDoubleDash = true;
            if (afterDoubleDash || token.Type != TokenType.Argument || !LooksLikeOption(token.Value))
                continue;
            var name = token.Value.Split('=', ':')[0];
            if (known.Contains(name))
                continue;
            var where = command is RootCommand ? string.Empty : $" for {command.Name}";
            problems.Add($"unknown option '{name}'{where}{Suggest(name, known)}; see ./run.sh {(command is RootCommand ? string.Empty : command.Name + " ")}--help");
        }

        foreach (var token in parsed.UnmatchedTokens)
        {
            if (problems.Count == 0 || !problems.Any(p => p.Contains($"'{token}'", StringComparison.Ordinal)))
                problems.Add($"unexpected '{token}'{(command is RootCommand ? string.Empty : $" for {command.Name}")}; see ./run.sh {(command is RootCommand ? string.Empty : command.Name + " ")}--help");
        }

        return problems;
    }

    /// <summary>Whether the command line asks for help (so parse errors would otherwise be ignored).</summary>
    public static bool AsksForHelp(ParseResult parsed) =>
        parsed.Tokens.Any(t => t.Type == TokenType.Option && HelpNames.Contains(t.Value, StringComparer.Ordinal));

    // "-1" and "-0.5" are values (negative numbers), "--quiet" and "-q" are options.
    private static bool LooksLikeOption(string text) =>
        text.Length > 1 && text[0] == '-' && (char.IsLetter(text[1]) || (text[1] == '-' && text.Length > 2 && char.IsLetter(text[2])));

    private static List<string> KnownOptions(Command command)
    {
        var names = new List<string>(HelpNames);
        for (Command? c = command; c is not null; c = c.Parents.OfType<Command>().FirstOrDefault())
        {
            foreach (var option in c.Options)
            {
                if (c != command && !option.Recursive)
                    continue;
                names.Add(option.Name);
                names.AddRange(option.Aliases);
            }
        }

        return names;
    }

    /// <summary>" (did you mean 'x'?)" for the nearest name by edit distance, or nothing when none is close.</summary>
    internal static string Suggest(string given, IEnumerable<string> names)
    {
        var best = names
            .Where(n => n.Length > 2)
            .Select(n => (Name: n, Distance: Scenarios.EditDistance.Levenshtein(given.ToLowerInvariant(), n.ToLowerInvariant())))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        if (best.Name is null)
            return string.Empty;
        var close = best.Distance <= Math.Max(2, given.Length / 3)
            || best.Name.StartsWith(given, StringComparison.OrdinalIgnoreCase)
            || given.StartsWith(best.Name, StringComparison.OrdinalIgnoreCase);
        return close ? $" (did you mean '{best.Name}'?)" : string.Empty;
    }
}
