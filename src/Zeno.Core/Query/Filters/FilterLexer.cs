namespace Zeno.Core.Query.Filters;

/// <summary>
/// Splits a filter into <see cref="FilterToken"/>s. Mistakes that are visible from the characters alone
/// (<c>=&lt;</c>, <c>&amp;&amp;</c>, an unclosed string) are reported here, with the spelling the user probably meant.
/// </summary>
internal sealed partial class FilterLexer(string text)
{
    private int _pos;

    public static List<FilterToken> Tokenize(string text)
    {
        var lexer = new FilterLexer(text);
        var tokens = new List<FilterToken>();
        FilterToken token;
        do
        {
            token = lexer.Next();
            tokens.Add(token);
        }
        while (token.Kind != TokenKind.End);
        return tokens;
    }

    private FilterToken Next()
    {
        while (_pos < text.Length && char.IsWhiteSpace(text[_pos]))
        {
            _pos++;
        }
        if (_pos >= text.Length)
        {
            return new FilterToken(TokenKind.End, text.Length, "");
        }
        var start = _pos;
        var c = text[_pos];
        return c switch
        {
            '(' => Single(TokenKind.LeftParen),
            ')' => Single(TokenKind.RightParen),
            '[' => Single(TokenKind.LeftBracket),
            ']' => Single(TokenKind.RightBracket),
            ',' => Single(TokenKind.Comma),
            '"' => ReadString(),
            '/' => ReadRegex(),
            '`' => ReadQuotedIdentifier(),
            '@' => ReadIdColumn(),
            _ when FilterText.IsIdentifierStart(c) => ReadIdentifier(),
            _ when char.IsAsciiDigit(c) || ((c == '-' || c == '.') && StartsNumber(start)) => ReadNumberOrDate(),
            _ => ReadOperator(),
        };
    }

    private FilterToken Single(TokenKind kind) => new(kind, _pos, text[_pos++].ToString());

    private bool StartsNumber(int at)
    {
        var i = text[at] == '-' ? at + 1 : at;
        if (i < text.Length && text[i] == '.')
        {
            i++;
        }
        return i < text.Length && char.IsAsciiDigit(text[i]);
    }

    private FilterToken ReadIdentifier()
    {
        var start = _pos;
        while (_pos < text.Length && FilterText.IsIdentifierPart(text[_pos]))
        {
            _pos++;
        }
        var word = text[start.._pos];
        var kind = word.ToLowerInvariant() switch
        {
            "and" => TokenKind.And,
            "or" => TokenKind.Or,
            "not" => TokenKind.Not,
            "in" => TokenKind.In,
            "true" => TokenKind.True,
            "false" => TokenKind.False,
            "null" => TokenKind.Null,
            _ => TokenKind.Identifier,
        };
        return new FilterToken(kind, start, word, word);
    }

    private FilterToken ReadQuotedIdentifier()
    {
        var start = _pos++;
        var name = new System.Text.StringBuilder();
        while (true)
        {
            if (_pos >= text.Length)
            {
                throw Error(start, "unclosed column name: a '`' is missing");
            }
            if (text[_pos] == '`')
            {
                // A doubled backtick is a backtick in the name; a single one ends it.
                if (_pos + 1 < text.Length && text[_pos + 1] == '`')
                {
                    name.Append('`');
                    _pos += 2;
                    continue;
                }
                _pos++;
                break;
            }
            name.Append(text[_pos++]);
        }
        if (name.Length == 0)
        {
            throw Error(start, "empty column name between backticks");
        }
        return new FilterToken(TokenKind.Identifier, start, text[start.._pos], name.ToString());
    }

    private FilterToken ReadIdColumn()
    {
        var start = _pos++;
        while (_pos < text.Length && FilterText.IsIdentifierPart(text[_pos]))
        {
            _pos++;
        }
        var word = text[start.._pos];
        return word == "@id"
            ? new FilterToken(TokenKind.IdColumn, start, word)
            : throw Error(start, $"unknown name '{word}': the only @-name is @id, the instance id column");
    }

    private FilterSyntaxException Error(int index, string reason) => new(text, index + 1, reason);
}
