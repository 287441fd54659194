namespace Zeno.Core.Errors;

/// <summary>
/// A problem the user can fix: a bad config, a missing column, a function that fails. The message is written for a
/// person (what is wrong, where, what to do); the CLI prints it without a stack trace and the server turns it into a
/// problem-details response.
/// </summary>
public class ZenoException : Exception
{
    /// <summary>Creates an error with a message written for the user.</summary>
    public ZenoException(string message, Exception? inner = null) : base(message, inner) { }

    /// <summary>What the user can do about it, when there is something to say beyond the message.</summary>
    public string? Hint { get; init; }
}
