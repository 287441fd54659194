using Zeno.Core.Query.Sql;

namespace Zeno.Core.Query.Filters;

/// <summary>
/// Compiles a <see cref="Predicate"/> to a DuckDB boolean expression. Column names go through an
/// <see cref="IColumnResolver"/> (unknown names throw <see cref="UnknownColumnException"/>); every value becomes a
/// parameter of <see cref="SqlParameters"/>, never SQL text. Every leaf is wrapped in <c>coalesce(leaf, false)</c>,
/// so a missing value makes the leaf false and <c>not</c>/<c>and</c>/<c>or</c> stay two-valued (see
/// <see cref="Predicate"/>). How literals meet column types: numbers with numeric columns (as DOUBLE), any literal
/// with text columns (as written: <c>label == 1</c> is <c>label = '1'</c>), true/false with booleans, ISO dates
/// with timestamps; strings that read as the column's type are accepted too; other pairs throw a
/// <see cref="Errors.ZenoException"/> naming the column, its type and the value. Two columns (<see cref="ColumnComparison"/>)
/// compare directly when stored alike, as text when one is text (numbers in their shortest form, "1" == 1), as
/// timestamps when one is a date and the other text in ISO form; see <see cref="ColumnComparisonSql"/>.
/// </summary>
public static class PredicateCompiler
{
    /// <summary>The SQL boolean expression for <paramref name="predicate"/>; its values are added to <paramref name="parameters"/>.</summary>
    public static string Compile(Predicate predicate, IColumnResolver columns, SqlParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(parameters);
        return predicate.Accept(new Compiler(columns, parameters));
    }

    private sealed class Compiler(IColumnResolver columns, SqlParameters parameters) : IPredicateVisitor<string>
    {
        private static readonly Dictionary<ComparisonOp, string> Ops = new()
        {
            [ComparisonOp.Equal] = "=",
            [ComparisonOp.NotEqual] = "<>",
            [ComparisonOp.Less] = "<",
            [ComparisonOp.LessOrEqual] = "<=",
            [ComparisonOp.Greater] = ">",
            [ComparisonOp.GreaterOrEqual] = ">=",
        };

        public string Visit(Comparison node)
        {
            var column = columns.Resolve(node.Column);
            return Leaf($"{column.Expression} {Ops[node.Op]} {ValueBinding.Parameter(column, node.Value, parameters)}");
        }

        public string Visit(ColumnComparison node)
        {
            var left = columns.Resolve(node.Left);
            return Leaf(ColumnComparisonSql.Condition(left, Ops[node.Op], ResolveRight(node)));
        }

        public string Visit(IsNull node) =>
            $"({columns.Resolve(node.Column).Expression} IS {(node.Negated ? "NOT " : "")}NULL)";

        public string Visit(InList node)
        {
            var column = columns.Resolve(node.Column);
            return Membership(column, node.Values, node.Negated);
        }

        public string Visit(IdSet node)
        {
            var column = columns.ResolveId();
            return Membership(column, [.. node.Ids.Select(id => new FilterValue.Text(id))], node.Negated);
        }

        public string Visit(TextMatch node)
        {
            var match = TextMatchSql.Leaf(node, columns.Resolve(node.Column), parameters);
            return Leaf(node.Negated ? $"NOT {match}" : match);
        }

        public string Visit(Not node) => $"(NOT {node.Inner.Accept(this)})";

        public string Visit(Group node) => node.Children.Count switch
        {
            0 => node.Op == GroupOp.And ? "true" : "false",
            1 => node.Children[0].Accept(this),
            _ => "(" + string.Join(node.Op == GroupOp.And ? " AND " : " OR ", node.Children.Select(c => c.Accept(this))) + ")",
        };

        // One parameter per element: DuckDB.NET cannot bind a list. "IN ()" is not SQL, and an empty list still
        // follows the leaf rule (false where the column is missing), hence the two special cases.
        private string Membership(ResolvedColumn column, IReadOnlyList<FilterValue> values, bool negated)
        {
            if (values.Count == 0)
            {
                return negated ? $"({column.Expression} IS NOT NULL)" : "false";
            }
            var list = string.Join(", ", values.Select(v => ValueBinding.Parameter(column, v, parameters)));
            return Leaf($"{column.Expression} {(negated ? "NOT IN" : "IN")} ({list})");
        }

        private static string Leaf(string sql) => $"coalesce({sql}, false)";

        // "label == cat" reads cat as a column; when there is none, the likelier meaning is text without its quotes.
        private ResolvedColumn ResolveRight(ColumnComparison node)
        {
            try
            {
                return columns.Resolve(node.Right);
            }
            catch (UnknownColumnException e)
            {
                throw new UnknownColumnException(e.Column, e.Available)
                {
                    Hint = $"{e.Hint} To compare with the text itself, quote it: {new Comparison(node.Left, node.Op, new FilterValue.Text(node.Right))}",
                };
            }
        }
    }
}
