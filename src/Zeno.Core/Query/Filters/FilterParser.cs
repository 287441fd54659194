namespace Zeno.Core.Query.Filters;

/// <summary>
/// Reads the filter language into a <see cref="Predicate"/>. The grammar, loosest binding first:
/// <code>
/// filter  := or                     (empty text: the whole table, an empty AND)
/// or      := and ("or" and)*
/// and     := unary ("and" unary)*
/// unary   := "not" unary | "(" or ")" | "true" | "false" | leaf
/// leaf    := column ("==" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;=") (value | column)
///          | column ("==" | "!=") "null"
///          | column ["not"] "in" "[" [value ("," value)*] "]"
///          | column ("~" | "!~") ("\"text\"" [c][w] | "/regex/" [i][w])
///          | "@id" ["not"] "in" "[" ids "]"
/// column  := [A-Za-z_][A-Za-z0-9_.]* | `any text, `` for a backtick`
/// value   := number | "string" | true | false | 2024-01-31[T10:00:00[Z|+01:00]]
/// </code>
/// Keywords are case-insensitive. A column on the right of a comparison compares two columns (<c>output != label</c>,
/// a <see cref="ColumnComparison"/>); <c>true</c>, <c>false</c> and <c>null</c> there are keywords, so a column named
/// like one is written in backticks (<c>x == `true`</c>). Lists hold values only. A chain of one operator becomes one
/// <see cref="Group"/>; parentheses that matter become a nested group.
/// </summary>
public static partial class FilterParser
{
    /// <summary>Parses <paramref name="filter"/>; throws <see cref="FilterSyntaxException"/> naming the column of the first mistake.</summary>
    public static Predicate Parse(string filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var state = new State(filter, FilterLexer.Tokenize(filter));
        if (state.Peek.Kind == TokenKind.End)
        {
            return Group.And();
        }
        var predicate = ParseOr(state);
        if (state.Peek.Kind != TokenKind.End)
        {
            throw state.Error(state.Peek, $"expected 'and', 'or' or end of filter but found {state.Peek.Describe()}");
        }
        return predicate;
    }

    private static Predicate ParseOr(State s) => ParseChain(s, TokenKind.Or, GroupOp.Or, ParseAnd);

    private static Predicate ParseAnd(State s) => ParseChain(s, TokenKind.And, GroupOp.And, ParseUnary);

    private static Predicate ParseChain(State s, TokenKind joiner, GroupOp op, Func<State, Predicate> operand)
    {
        var children = new List<Predicate> { operand(s) };
        while (s.Peek.Kind == joiner)
        {
            var word = s.Take();
            if (s.Peek.Kind == TokenKind.End)
            {
                throw s.Error(s.Peek, $"expected a condition after '{word.Source}' but found end of filter");
            }
            children.Add(operand(s));
        }
        return children.Count == 1 ? children[0] : new Group(op, children);
    }

    private static Predicate ParseUnary(State s)
    {
        var token = s.Peek;
        switch (token.Kind)
        {
            case TokenKind.Not:
                s.Take();
                return new Not(ParseUnary(s));
            case TokenKind.LeftParen:
                s.Take();
                var inner = ParseOr(s);
                if (s.Peek.Kind != TokenKind.RightParen)
                {
                    throw s.Error(s.Peek, $"expected ')' to close the '(' at column {token.Start + 1} but found {s.Peek.Describe()}");
                }
                s.Take();
                return inner;
            case TokenKind.True:
                s.Take();
                return Group.And();
            case TokenKind.False:
                s.Take();
                return Group.Or();
            case TokenKind.IdColumn:
                s.Take();
                var negated = ParseIn(s, token);
                return new IdSet(ParseList(s).Select(FilterText.AsText), negated);
            case TokenKind.Identifier:
                s.Take();
                return ParseLeaf(s, token);
            case TokenKind.String:
                throw s.Error(token, $"expected a column name but found the string {token.Describe()}; names with spaces go in backticks: `my column`");
            default:
                throw s.Error(token, $"expected a condition (a column name, 'not' or '(') but found {token.Describe()}");
        }
    }

    /// <summary>The parser's position in the token list, and errors at a token.</summary>
    private sealed class State(string filter, List<FilterToken> tokens)
    {
        private int _index;

        public FilterToken Peek => tokens[_index];

        public FilterToken Previous => tokens[_index - 1];

        public FilterToken Take() => tokens[_index == tokens.Count - 1 ? _index : _index++];

        public FilterSyntaxException Error(FilterToken at, string reason) => new(filter, at.Start + 1, reason);

        public FilterSyntaxException Error(int index, string reason) => new(filter, index + 1, reason);
    }
}
