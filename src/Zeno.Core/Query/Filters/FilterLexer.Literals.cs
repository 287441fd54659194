using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Zeno.Core.Query.Filters;

/// <summary>Strings, regexes, numbers and dates: the tokens with a decoded value.</summary>
internal sealed partial class FilterLexer
{
    [GeneratedRegex(@"\G-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    private FilterToken ReadNumberOrDate()
    {
        var start = _pos;
        var dateLength = FilterDates.MatchUnquoted(text, start);
        var length = dateLength > 0 ? dateLength : NumberPattern().Match(text, start).Length;
        var end = start + length;
        // Whatever is glued on ("5abc", "2024-1-31", "10:00") makes the whole word something else.
        var glued = end;
        while (glued < text.Length && (FilterText.IsIdentifierPart(text[glued]) || text[glued] is '-' or ':' or '+'))
        {
            glued++;
        }
        if (glued > end)
        {
            throw Error(start, $"'{text[start..glued]}' is neither a number nor an ISO date (yyyy-MM-dd or yyyy-MM-ddTHH:mm:ss)");
        }
        _pos = end;
        var source = text[start..end];
        if (dateLength > 0)
        {
            return FilterDates.TryParse(source, out var date)
                ? new FilterToken(TokenKind.Date, start, source, date)
                : throw Error(start, $"'{source}' is not a valid date");
        }
        var number = double.Parse(source, NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsFinite(number)
            ? new FilterToken(TokenKind.Number, start, source, number)
            : throw Error(start, $"the number '{source}' is too large");
    }

    private FilterToken ReadString()
    {
        var start = _pos++;
        var value = new StringBuilder();
        while (true)
        {
            if (_pos >= text.Length)
            {
                throw Error(start, "unclosed string: a closing '\"' is missing");
            }
            var c = text[_pos++];
            if (c == '"')
            {
                break;
            }
            value.Append(c == '\\' ? ReadEscape() : c.ToString());
        }
        return WithFlags(TokenKind.String, start, value.ToString());
    }

    private string ReadEscape()
    {
        var at = _pos - 1;
        if (_pos >= text.Length)
        {
            throw Error(at, "unclosed string: a closing '\"' is missing");
        }
        var c = text[_pos++];
        switch (c)
        {
            case '"' or '\\' or '/':
                return c.ToString();
            case 'n':
                return "\n";
            case 'r':
                return "\r";
            case 't':
                return "\t";
            case 'u' when _pos + 4 <= text.Length
                && int.TryParse(text.AsSpan(_pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                _pos += 4;
                return ((char)code).ToString();
            default:
                throw Error(at, $"unknown escape '\\{c}' in a string (write '\\\\' for a backslash, '\\\"' for a quote)");
        }
    }

    private FilterToken ReadRegex()
    {
        var start = _pos++;
        var source = new StringBuilder();
        while (true)
        {
            if (_pos >= text.Length)
            {
                throw Error(start, "unclosed regular expression: a closing '/' is missing");
            }
            var c = text[_pos++];
            if (c == '/')
            {
                break;
            }
            if (c == '\\' && _pos < text.Length)
            {
                // "\/" is a slash; every other pair ("\b", "\\") goes to the regex engine as written.
                var next = text[_pos++];
                source.Append(next == '/' ? "/" : $"\\{next}");
                continue;
            }
            source.Append(c);
        }
        return WithFlags(TokenKind.Regex, start, source.ToString());
    }

    // Flags are the letters glued to the closing quote or slash: "cat"cw, /^cat/i.
    private FilterToken WithFlags(TokenKind kind, int start, string value)
    {
        var flagsStart = _pos;
        while (_pos < text.Length && char.IsAsciiLetter(text[_pos]))
        {
            _pos++;
        }
        return new FilterToken(kind, start, text[start.._pos], value, text[flagsStart.._pos], flagsStart);
    }
}
