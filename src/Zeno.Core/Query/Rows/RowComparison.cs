using Zeno.Core.Data;
using Zeno.Core.Errors;
using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Sql;
using Zeno.Core.Store;

namespace Zeno.Core.Query.Rows;

/// <summary>
/// The SQL that puts model B's output beside model A's: B's view is joined as a subquery on zeno_row, so its table
/// aliases cannot collide with those of A's view, and the difference is computed per row.
/// </summary>
/// <param name="Join">The LEFT JOIN clause to append to A's FROM clause (empty when B has no output).</param>
/// <param name="Output">The expression of B's output.</param>
/// <param name="Difference">The expression of the difference column.</param>
/// <param name="Kind">Whether the difference is A − B or A ≠ B.</param>
/// <param name="Differs">The condition that B's output differs from A's (a missing one differs from a present one).</param>
internal sealed record RowComparison(string Join, string Output, string Difference, DifferenceKind Kind, string Differs)
{
    private const string Alias = "zeno_b";

    public static RowComparison Create(EvaluationContext context, InstanceView viewA, string modelB, string? transform)
    {
        foreach (var name in new[] { RowQuery.CompareOutputName, RowQuery.DifferenceName })
        {
            if (viewA.Find(name) is not null)
                throw new ZenoException($"the project has a column named '{name}', which is also the name of a column of the model comparison")
                {
                    Hint = $"Rename the column '{name}' to compare models in the instance view.",
                };
        }
        var outputA = viewA.Find(InstanceView.OutputName);
        var viewB = context.View(modelB, transform);
        var outputB = viewB.Find(InstanceView.OutputName);
        var numeric = outputA is not null && outputB is not null && IsNumeric(outputA) && IsNumeric(outputB);
        var kind = numeric ? DifferenceKind.Numeric : DifferenceKind.Categorical;
        // Neither model has an output column yet (or one of them): no row can be shown to differ.
        if (outputB is null)
            return new RowComparison("", "NULL", "NULL", kind, "FALSE");
        var join = JoinOf(viewB, outputB);
        if (outputA is null)
            return new RowComparison(join, Joined, "NULL", kind, "FALSE");
        var difference = numeric
            ? $"CAST({outputA.SqlExpression} AS DOUBLE) - CAST({Joined} AS DOUBLE)"
            // <> on text is NULL when either side is, which is what a missing output should give.
            : $"CAST({outputA.SqlExpression} AS VARCHAR) <> CAST({Joined} AS VARCHAR)";
        var differs = numeric
            ? $"CAST({outputA.SqlExpression} AS DOUBLE) IS DISTINCT FROM CAST({Joined} AS DOUBLE)"
            : $"CAST({outputA.SqlExpression} AS VARCHAR) IS DISTINCT FROM CAST({Joined} AS VARCHAR)";
        return new RowComparison(join, Joined, difference, kind, differs);
    }

    private static string Joined => $"{Alias}.value";

    private static string JoinOf(InstanceView viewB, ViewColumn outputB)
    {
        var row = InstanceView.RowExpression;
        return $"LEFT JOIN (SELECT {row} AS {InstanceTable.RowColumn}, {outputB.SqlExpression} AS value " +
            $"FROM {viewB.From([InstanceView.OutputName])}) {Alias} ON {Alias}.{InstanceTable.RowColumn} = {row}";
    }

    private static bool IsNumeric(ViewColumn column) => ViewColumnResolver.StorageOf(column.SqlType) == StorageKind.Numeric;
}
