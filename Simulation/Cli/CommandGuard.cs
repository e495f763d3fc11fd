using MarketSim.Market;
using MarketSim.Scenarios;

namespace MarketSim.Cli;

/// <summary>
/// Runs a command body and maps failures to exit codes with one clear message: bad input (2) lists every
/// error with file, JSON path and line; a broken invariant or I/O failure is 1; Ctrl-C is 130. Never a
/// stack trace for a user mistake.
/// </summary>
internal static class CommandGuard
{
    public static int Run(TextWriter error, Func<CancellationToken, int> body)
    {
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            return body(cancel.Token);
        }
        catch (InputException e)
        {
            foreach (var input in e.Errors)
            {
                error.WriteLine($"error: {input}");
            }

            return ExitCodes.BadInput;
        }
        catch (InvalidDataException e)
        {
            // A damaged data file the user named (a run's manifest.json or CSVs): their input, not our bug.
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (StateError(e) is { } state)
        {
            // Loading checks replication 0's tick 0; another replication's draws or customers can still contradict.
            error.WriteLine($"error: {state.JsonPath}: {state.Message}");
            return ExitCodes.BadInput;
        }
        catch (InvariantViolationException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("Interrupted: stopped cleanly; no partial results were kept.");
            return ExitCodes.Interrupted;
        }
        catch (AggregateException e) when (e.InnerExceptions.All(x => x is OperationCanceledException))
        {
            error.WriteLine("Interrupted: stopped cleanly; no partial results were kept.");
            return ExitCodes.Interrupted;
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0 && e.InnerExceptions[0] is InvariantViolationException broken)
        {
            error.WriteLine($"error: {broken.Message}");
            return ExitCodes.Failure;
        }
        catch (IOException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.Failure;
        }
        catch (UnauthorizedAccessException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.Failure;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    // The contradiction itself, or the first one a parallel run collected.
    private static ScenarioStateException? StateError(Exception e) => e switch
    {
        ScenarioStateException state => state,
        AggregateException { InnerExceptions: [ScenarioStateException state, ..] } => state,
        _ => null,
    };
}
