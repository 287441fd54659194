namespace Zeno.Core.Query.Filters;

/// <summary>The leaves: comparisons (with a value or another column), null tests, lists and text patterns.</summary>
public static partial class FilterParser
{
    private static readonly Dictionary<string, ComparisonOp> ComparisonOps = new()
    {
        ["=="] = ComparisonOp.Equal,
        ["!="] = ComparisonOp.NotEqual,
        ["<"] = ComparisonOp.Less,
        ["<="] = ComparisonOp.LessOrEqual,
        [">"] = ComparisonOp.Greater,
        [">="] = ComparisonOp.GreaterOrEqual,
    };

    private static Predicate ParseLeaf(State s, FilterToken column)
    {
        var name = (string)column.Value!;
        var op = s.Peek;
        if (op.Kind is TokenKind.In or TokenKind.Not)
        {
            var negated = ParseIn(s, column);
            return new InList(name, ParseList(s), negated);
        }
        if (op.IsOperator("~") || op.IsOperator("!~"))
        {
            s.Take();
            return ParsePattern(s, name, op);
        }
        if (op.Kind != TokenKind.Operator || !ComparisonOps.TryGetValue(op.Source, out var comparison))
        {
            throw s.Error(op, $"expected an operator (==, !=, <, <=, >, >=, in, not in, ~, !~) after {column.Describe()} but found {op.Describe()}");
        }
        s.Take();
        if (s.Peek.Kind == TokenKind.Null)
        {
            if (comparison is not (ComparisonOp.Equal or ComparisonOp.NotEqual))
            {
                throw s.Error(s.Peek, $"null can only be compared with '==' or '!=', not '{op.Source}'");
            }
            s.Take();
            return new IsNull(name, Negated: comparison == ComparisonOp.NotEqual);
        }
        if (s.Peek.Kind == TokenKind.Identifier)
        {
            // A name on the right is a column: output != label. true, false and null lex as keywords before this
            // point, so they stay literals and a column named like them is written in backticks.
            return new ColumnComparison(name, comparison, (string)s.Take().Value!);
        }
        return new Comparison(name, comparison, ParseValue(s, op, "a value or a column name"));
    }

    /// <summary>Reads "in" or "not in" after <paramref name="subject"/>; true for "not in".</summary>
    private static bool ParseIn(State s, FilterToken subject)
    {
        var negated = s.Peek.Kind == TokenKind.Not;
        if (negated)
        {
            s.Take();
        }
        if (s.Peek.Kind != TokenKind.In)
        {
            var after = negated ? "'not'" : subject.Describe();
            var expected = negated ? "'in'" : "'in' or 'not in'";
            throw s.Error(s.Peek, $"expected {expected} after {after} but found {s.Peek.Describe()}");
        }
        s.Take();
        return negated;
    }

    private static List<FilterValue> ParseList(State s)
    {
        if (s.Peek.Kind != TokenKind.LeftBracket)
        {
            throw s.Error(s.Peek, $"expected '[' to start the list after 'in' but found {s.Peek.Describe()}");
        }
        s.Take();
        var values = new List<FilterValue>();
        if (s.Peek.Kind == TokenKind.RightBracket)
        {
            s.Take();
            return values;
        }
        while (true)
        {
            if (s.Peek.Kind == TokenKind.Null)
            {
                throw s.Error(s.Peek, "null cannot be in a list; write (x in [...] or x == null)");
            }
            if (s.Peek.Kind == TokenKind.Identifier)
            {
                // Lists hold literals only; a bare word here is far more often text missing its quotes than a column.
                throw s.Error(s.Peek, $"expected a value after {s.Previous.Describe()} but found {s.Peek.Describe()}; "
                    + $"lists hold values, not columns: write text in double quotes, {FilterText.Quote((string)s.Peek.Value!)}");
            }
            values.Add(ParseValue(s, s.Previous, "a value"));
            var next = s.Take();
            if (next.Kind == TokenKind.RightBracket)
            {
                return values;
            }
            if (next.Kind != TokenKind.Comma)
            {
                throw s.Error(next, $"expected ',' or ']' in the list but found {next.Describe()}");
            }
        }
    }

    /// <summary>Reads a literal after <paramref name="after"/>; <paramref name="expected"/> says in errors what could have been there.</summary>
    private static FilterValue ParseValue(State s, FilterToken after, string expected)
    {
        var token = s.Peek;
        FilterValue? value = token.Kind switch
        {
            TokenKind.Number => new FilterValue.Number((double)token.Value!),
            TokenKind.String => new FilterValue.Text((string)token.Value!),
            TokenKind.Date => new FilterValue.Date((DateTime)token.Value!),
            TokenKind.True => new FilterValue.Bool(true),
            TokenKind.False => new FilterValue.Bool(false),
            _ => null,
        };
        if (value is null)
        {
            throw s.Error(token, $"expected {expected} after {after.Describe()} but found {token.Describe()}");
        }
        if (token.Flags.Length > 0)
        {
            throw s.Error(token.FlagsStart, $"unexpected '{token.Flags}' after the string; flags belong to ~ patterns only");
        }
        s.Take();
        return value;
    }
}
