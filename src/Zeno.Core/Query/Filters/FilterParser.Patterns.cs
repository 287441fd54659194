namespace Zeno.Core.Query.Filters;

/// <summary>
/// Text patterns after <c>~</c>: <c>"text"</c> (substring; flags c = case-sensitive, w = whole word) or
/// <c>/regex/</c> (flags i = case-insensitive, w = whole word). The defaults differ on purpose: people searching
/// text rarely care about case, people writing a regex expect the usual regex default.
/// </summary>
public static partial class FilterParser
{
    private static TextMatch ParsePattern(State s, string column, FilterToken op)
    {
        var token = s.Peek;
        if (token.Kind is not (TokenKind.String or TokenKind.Regex))
        {
            throw s.Error(token, $"expected a \"text\" or /regex/ pattern after '{op.Source}' but found {token.Describe()}");
        }
        s.Take();
        var isRegex = token.Kind == TokenKind.Regex;
        var allowed = isRegex ? "iw" : "cw";
        for (var i = 0; i < token.Flags.Length; i++)
        {
            var flag = token.Flags[i];
            if (!allowed.Contains(flag, StringComparison.Ordinal))
            {
                var meaning = isRegex ? "i = ignore case, w = whole word" : "c = match case, w = whole word";
                throw s.Error(token.FlagsStart + i, $"unknown flag '{flag}' on a {(isRegex ? "/regex/" : "\"text\"")} pattern ({meaning})");
            }
            if (token.Flags.IndexOf(flag, StringComparison.Ordinal) != i)
            {
                throw s.Error(token.FlagsStart + i, $"the flag '{flag}' is given twice");
            }
        }
        var caseFlag = token.Flags.Contains(isRegex ? 'i' : 'c', StringComparison.Ordinal);
        return new TextMatch(
            column,
            (string)token.Value!,
            IsRegex: isRegex,
            CaseSensitive: isRegex ? !caseFlag : caseFlag,
            WholeWord: token.Flags.Contains('w', StringComparison.Ordinal),
            Negated: op.Source == "!~");
    }
}
