using System.Text;

namespace Zeno.Core.Query.Histograms;

/// <summary>
/// Finds a value's bin among sorted edges by the same binary search in C# and in SQL. Both ask only "value &lt; edge"
/// of the same edges in the same order, so they cannot disagree, whatever the floating-point arithmetic: there is
/// none. A value below the first edge falls in the first bin, one at or above the last edge in the last bin, and a
/// value that is below no edge (NaN: false in C#, DuckDB orders it above everything) in the last bin too.
/// </summary>
internal static class EdgeSearch
{
    /// <summary>
    /// The bin (0 to <paramref name="bins"/> − 1) of a value, given "value &lt; edge i" for the inner edges: how many
    /// of them the value is not below.
    /// </summary>
    public static int Find(int bins, Func<int, bool> lessThanEdge)
    {
        var (lo, hi) = (0, bins - 1);
        while (lo < hi)
        {
            var mid = Middle(lo, hi);
            if (lessThanEdge(mid))
                hi = mid - 1;
            else
                lo = mid;
        }
        return lo;
    }

    /// <summary>
    /// The same search as a nested SQL CASE over <paramref name="bins"/> bins: log2(bins) comparisons per row.
    /// <paramref name="lessThanEdge"/> gives the SQL of "value &lt; edge i" for an inner edge (1 to bins − 1), each
    /// asked once. The caller handles NULL before this expression.
    /// </summary>
    public static string Sql(int bins, Func<int, string> lessThanEdge)
    {
        var sql = new StringBuilder();
        Write(sql, 0, bins - 1, lessThanEdge);
        return sql.ToString();
    }

    private static void Write(StringBuilder sql, int lo, int hi, Func<int, string> lessThanEdge)
    {
        if (lo == hi)
        {
            sql.Append(lo.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return;
        }
        var mid = Middle(lo, hi);
        sql.Append("CASE WHEN ").Append(lessThanEdge(mid)).Append(" THEN ");
        Write(sql, lo, mid - 1, lessThanEdge);
        sql.Append(" ELSE ");
        Write(sql, mid, hi, lessThanEdge);
        sql.Append(" END");
    }

    // The upper middle, so that "not below edge mid" leaves mid..hi and the search always shrinks.
    private static int Middle(int lo, int hi) => lo + (hi - lo + 1) / 2;
}
