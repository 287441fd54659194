using Spectre.Console;
using Spectre.Console.Cli;
using Zeno.Core.Errors;

namespace Zeno.Cli;

/// <summary>Turns exceptions into what a user reads: the message and a hint, no stack trace unless --verbose.</summary>
internal static class ErrorOutput
{
    /// <summary>Whether the command line asked for stack traces.</summary>
    public static bool Verbose(IEnumerable<string> args) => args.Any(arg => arg is "-v" or "--verbose");

    /// <summary>Prints the error to standard error and returns the exit code.</summary>
    public static int Report(Exception exception, bool verbose)
    {
        var error = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        // Messages carry file:line locations and filter carets: never wrap them when they go to a log or a pipe.
        if (Console.IsErrorRedirected)
            error.Profile.Width = int.MaxValue / 2;
        switch (exception)
        {
            case OperationCanceledException:
                error.MarkupLine("[yellow]interrupted[/]: work committed so far is kept; run the command again to resume.");
                return ExitCodes.Interrupted;
            case ZenoException zeno:
                error.MarkupLineInterpolated($"[red]error[/]: {zeno.Message}");
                if (zeno.Hint is not null)
                    error.MarkupLineInterpolated($"[grey]hint[/]: {zeno.Hint}");
                break;
            case CommandAppException app:
                error.MarkupLineInterpolated($"[red]error[/]: {app.Message}");
                error.MarkupLine("[grey]hint[/]: run [bold]zeno --help[/] or [bold]zeno COMMAND --help[/].");
                break;
            default:
                error.MarkupLineInterpolated($"[red]unexpected error[/]: {exception.GetType().Name}: {exception.Message}");
                if (!verbose)
                    error.MarkupLine("[grey]hint[/]: run again with --verbose for the stack trace, and report it if it looks like a bug in Zeno.");
                break;
        }
        if (verbose)
            error.WriteLine(exception.ToString());
        return ExitCodes.Error;
    }
}
