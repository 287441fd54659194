namespace Zeno.Core.Query.Filters;

/// <summary>The kinds of token the lexer makes; keywords are matched case-insensitively.</summary>
internal enum TokenKind
{
    End,
    Identifier,
    IdColumn,
    And,
    Or,
    Not,
    In,
    True,
    False,
    Null,
    Operator,
    LeftParen,
    RightParen,
    LeftBracket,
    RightBracket,
    Comma,
    Number,
    String,
    Regex,
    Date,
}

/// <summary>
/// One token: where it starts (0-based), its source text (for messages), its decoded value (a column name, a
/// string's contents, a number, a date) and, for patterns, the flag letters glued to its end and where they start.
/// </summary>
internal readonly record struct FilterToken(
    TokenKind Kind,
    int Start,
    string Source,
    object? Value = null,
    string Flags = "",
    int FlagsStart = 0)
{
    /// <summary>How an error message names this token.</summary>
    public string Describe() => Kind == TokenKind.End ? "end of filter" : $"'{Source}'";

    public bool IsOperator(string op) => Kind == TokenKind.Operator && Source == op;
}
