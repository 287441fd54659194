using System.Globalization;

namespace Zeno.Core.Query.Tests;

/// <summary>
/// Reads the expectation grammar by hand, one cursor over the text, so every error can name its exact column:
/// <c>expectation := op number | "between" number "and" number</c>, <c>op := &gt; | &gt;= | &lt; | &lt;=</c>,
/// <c>number := [+-] digits [. digits] [%]</c>, whitespace allowed between tokens.
/// </summary>
internal sealed class ExpectationParser
{
    private readonly string _text;
    private int _pos;

    private ExpectationParser(string text) => _text = text;

    public static Expectation Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new ExpectationParser(text).Expectation();
    }

    private Expectation Expectation()
    {
        SkipWhitespace();
        if (AtEnd) throw Error("the expectation is empty");
        Expectation result;
        if (TryKeyword("between"))
        {
            var lower = Number();
            SkipWhitespace();
            if (!TryKeyword("and")) throw Error("expected 'and' between the two bounds");
            var upperColumn = SkipWhitespaceThenColumn();
            var upper = Number();
            if (lower > upper) throw Error(string.Create(CultureInfo.InvariantCulture, $"the lower bound {lower:G29} is above the upper bound {upper:G29}"), upperColumn);
            result = new Expectation(ExpectationOperator.Between, lower, upper);
        }
        else
        {
            var op = Operator();
            result = new Expectation(op, Number());
        }
        SkipWhitespace();
        if (!AtEnd) throw Error($"unexpected '{_text[_pos..].TrimEnd()}' after the expectation");
        return result;
    }

    private ExpectationOperator Operator()
    {
        var rest = _text.AsSpan(_pos);
        if (rest.StartsWith(">=")) { _pos += 2; return ExpectationOperator.GreaterThanOrEqual; }
        if (rest.StartsWith("<=")) { _pos += 2; return ExpectationOperator.LessThanOrEqual; }
        if (rest.StartsWith(">")) { _pos += 1; return ExpectationOperator.GreaterThan; }
        if (rest.StartsWith("<")) { _pos += 1; return ExpectationOperator.LessThan; }
        if (rest.StartsWith("=>")) throw Error("'=>' is not an operator; did you mean '>='?");
        if (rest.StartsWith("=<")) throw Error("'=<' is not an operator; did you mean '<='?");
        if (rest.StartsWith("=") || rest.StartsWith("!="))
            throw Error("equality is not supported (metric values are real numbers); use 'between A and B' for a tolerance");
        throw Error("expected an operator (>, >=, <, <=) or 'between'");
    }

    /// <summary>A decimal number, optionally followed by '%' (which divides it by 100).</summary>
    private decimal Number()
    {
        SkipWhitespace();
        var start = _pos;
        if (!AtEnd && _text[_pos] is '+' or '-') _pos++;
        var digits = SkipDigits();
        if (!AtEnd && _text[_pos] == '.')
        {
            _pos++;
            digits += SkipDigits();
        }
        if (digits == 0)
        {
            _pos = start;
            throw Error(AtEnd ? "expected a number, found the end of the text" : "expected a number");
        }
        if (!AtEnd && _text[_pos] == ',') throw Error("write decimals with a point (0.7), not a comma");
        if (!decimal.TryParse(_text.AsSpan(start, _pos - start), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var value))
            throw Error("the number is too large", start + 1);

        var beforePercent = _pos;
        SkipWhitespace();
        if (!AtEnd && _text[_pos] == '%')
        {
            _pos++;
            return value / 100m;
        }
        _pos = beforePercent;
        return value;
    }

    private bool TryKeyword(string keyword)
    {
        var end = _pos + keyword.Length;
        if (end > _text.Length || string.Compare(_text, _pos, keyword, 0, keyword.Length, StringComparison.OrdinalIgnoreCase) != 0)
            return false;
        // A keyword must end at a word boundary: "betweenness" is not "between".
        if (end < _text.Length && char.IsLetter(_text[end])) return false;
        _pos = end;
        return true;
    }

    private int SkipDigits()
    {
        var start = _pos;
        while (!AtEnd && char.IsAsciiDigit(_text[_pos])) _pos++;
        return _pos - start;
    }

    private void SkipWhitespace()
    {
        while (!AtEnd && char.IsWhiteSpace(_text[_pos])) _pos++;
    }

    private int SkipWhitespaceThenColumn()
    {
        SkipWhitespace();
        return _pos + 1;
    }

    private bool AtEnd => _pos >= _text.Length;

    private ExpectationSyntaxException Error(string problem, int? column = null) =>
        new(_text, column ?? _pos + 1, problem);
}
