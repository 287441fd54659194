namespace Zeno.Core.Query.Filters;

/// <summary>
/// Writes a tree as canonical filter-language text: lower-case keywords, single spaces, backticks only where a
/// name needs them, and parentheses only where the reading would change without them. For every tree without
/// one-child groups (those are written as their child), <c>FilterParser.Parse(Format(tree))</c> equals the tree.
/// </summary>
public static class FilterFormatter
{
    /// <summary>The text of <paramref name="predicate"/>, e.g. <c>age &gt;= 18 and (label == "cat" or `mean radius` &lt; 3.5)</c>.</summary>
    public static string Format(Predicate predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return predicate.Accept(Writer.Instance);
    }

    private sealed class Writer : IPredicateVisitor<string>
    {
        public static readonly Writer Instance = new();

        private static readonly Dictionary<ComparisonOp, string> Ops = new()
        {
            [ComparisonOp.Equal] = "==",
            [ComparisonOp.NotEqual] = "!=",
            [ComparisonOp.Less] = "<",
            [ComparisonOp.LessOrEqual] = "<=",
            [ComparisonOp.Greater] = ">",
            [ComparisonOp.GreaterOrEqual] = ">=",
        };

        public string Visit(Comparison node) =>
            $"{FilterText.Identifier(node.Column)} {Ops[node.Op]} {FilterText.Literal(node.Value)}";

        // The right column as an identifier: a name spelled like true, false or null gets backticks, so it reads back as a column.
        public string Visit(ColumnComparison node) =>
            $"{FilterText.Identifier(node.Left)} {Ops[node.Op]} {FilterText.Identifier(node.Right)}";

        public string Visit(IsNull node) =>
            $"{FilterText.Identifier(node.Column)} {(node.Negated ? "!=" : "==")} null";

        public string Visit(InList node) =>
            $"{FilterText.Identifier(node.Column)} {In(node.Negated)} [{string.Join(", ", node.Values.Select(FilterText.Literal))}]";

        public string Visit(IdSet node) =>
            $"@id {In(node.Negated)} [{string.Join(", ", node.Ids.Select(FilterText.Quote))}]";

        public string Visit(TextMatch node)
        {
            var pattern = node.IsRegex
                ? FilterText.RegexLiteral(node.Pattern) + (node.CaseSensitive ? "" : "i")
                : FilterText.Quote(node.Pattern) + (node.CaseSensitive ? "c" : "");
            return $"{FilterText.Identifier(node.Column)} {(node.Negated ? "!~" : "~")} {pattern}{(node.WholeWord ? "w" : "")}";
        }

        public string Visit(Not node)
        {
            var inner = Unwrap(node.Inner);
            return "not " + (IsChain(inner) ? $"({inner.Accept(this)})" : inner.Accept(this));
        }

        public string Visit(Group node)
        {
            if (node.Children.Count == 0)
            {
                return node.Op == GroupOp.And ? "true" : "false";
            }
            if (node.Children.Count == 1)
            {
                return node.Children[0].Accept(this);
            }
            // "a or b and c" already reads as a or (b and c); every other nested chain needs its parentheses.
            var parts = node.Children.Select(Unwrap).Select(child =>
                IsChain(child) && (node.Op == GroupOp.And || ((Group)child).Op == GroupOp.Or)
                    ? $"({child.Accept(this)})"
                    : child.Accept(this));
            return string.Join(node.Op == GroupOp.And ? " and " : " or ", parts);
        }

        private static string In(bool negated) => negated ? "not in" : "in";

        private static bool IsChain(Predicate p) => p is Group { Children.Count: > 1 };

        private static Predicate Unwrap(Predicate p) => p is Group { Children.Count: 1 } g ? Unwrap(g.Children[0]) : p;
    }
}
