namespace Zeno.Core.Query.Filters;

/// <summary>Operators, and the near misses people type from other languages (<c>=</c>, <c>=&lt;</c>, <c>&lt;&gt;</c>, <c>&amp;&amp;</c>).</summary>
internal sealed partial class FilterLexer
{
    private static readonly string[] Operators = ["==", "!=", "<=", ">=", "!~", "<", ">", "~"];

    private static readonly Dictionary<string, string> NearMisses = new()
    {
        ["=<"] = "'<='",
        ["=>"] = "'>='",
        ["<>"] = "'!='",
        ["&&"] = "'and'",
        ["||"] = "'or'",
        ["=~"] = "'~'",
        ["="] = "'=='",
        ["&"] = "'and'",
        ["|"] = "'or'",
        ["!"] = "'not' or '!='",
    };

    private FilterToken ReadOperator()
    {
        var start = _pos;
        // Near misses first: "=<" must not lex as "=" followed by "<".
        foreach (var (miss, meant) in NearMisses.OrderByDescending(m => m.Key.Length))
        {
            if (text.AsSpan(start).StartsWith(miss, StringComparison.Ordinal) && !IsOperatorAt(start, miss))
            {
                throw Error(start, $"unknown operator '{miss}'; did you mean {meant}?");
            }
        }
        foreach (var op in Operators)
        {
            if (text.AsSpan(start).StartsWith(op, StringComparison.Ordinal))
            {
                _pos += op.Length;
                return new FilterToken(TokenKind.Operator, start, op);
            }
        }
        throw text[start] == '\''
            ? Error(start, "strings use double quotes: \"text\"")
            : Error(start, $"unexpected character '{text[start]}'");
    }

    // "==" starts with the near miss "=", and "!=" with "!": those are real operators, not misses.
    private bool IsOperatorAt(int start, string miss) =>
        Operators.Any(op => op.Length > miss.Length && text.AsSpan(start).StartsWith(op, StringComparison.Ordinal));
}
