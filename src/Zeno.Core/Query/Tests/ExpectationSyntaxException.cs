using Zeno.Core.Errors;

namespace Zeno.Core.Query.Tests;

/// <summary>An expectation that cannot be read: says what was expected, at which column, and shows valid forms.</summary>
public sealed class ExpectationSyntaxException : ZenoException
{
    /// <summary>Valid expectations, shown with every error.</summary>
    public const string Examples = "> 0.7, >= 70%, < 0.1, <= 5, between 0.6 and 0.8";

    /// <summary>Creates the error for <paramref name="text"/> at a 1-based column.</summary>
    public ExpectationSyntaxException(string text, int column, string problem)
        : base($"Invalid expectation \"{text}\" at column {column}: {problem}. Write e.g. \">= 70%\" or \"between 0.6 and 0.8\".")
    {
        Text = text;
        Column = column;
        Problem = problem;
        Hint = $"An expectation is an operator and a number, or a range: {Examples}. '%' divides by 100.";
    }

    /// <summary>The text that was read.</summary>
    public string Text { get; }

    /// <summary>1-based column in <see cref="Text"/> where reading failed.</summary>
    public int Column { get; }

    /// <summary>What was wrong there, without the surrounding sentence (e.g. "expected a number").</summary>
    public string Problem { get; }
}
