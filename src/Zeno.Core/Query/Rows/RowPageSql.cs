using System.Globalization;
using Zeno.Core.Store;

namespace Zeno.Core.Query.Rows;

/// <summary>
/// The SQL of a page and the slice's total in one scan. The filter runs once and keeps only each matching row's
/// position and sort key; the total is counted from those, the page is the top of them, and only the page's rows are
/// then read in full (text, computed columns, a compared model's output), picked by rowid as DuckDB's own late
/// materialization does. Counting in a query of its own scanned the table a second time: most of the page's time.
/// </summary>
internal static class RowPageSql
{
    /// <summary>The first column of every row of the page: how many rows the filter selects.</summary>
    public const string TotalColumn = "zeno_total";

    /// <param name="matchesFrom">The FROM clause that the filter and the sort key read (joins included).</param>
    /// <param name="where">The filter, its parameters bound by the caller.</param>
    /// <param name="sort">The sort key's expression, over <paramref name="matchesFrom"/> and <paramref name="fetchFrom"/> alike; null: row order.</param>
    /// <param name="descending">Largest first (missing values last either way).</param>
    /// <param name="fields">The page's columns, as expressions over <paramref name="fetchFrom"/>.</param>
    /// <param name="fetchFrom">The FROM clause that the fields and the sort key read, applied to the page's rows only.</param>
    /// <param name="limit">Rows in the page (checked, above 0).</param>
    /// <param name="offset">Rows skipped (checked).</param>
    public static string Page(string matchesFrom, string where, string? sort, bool descending, IEnumerable<string> fields, string fetchFrom,
        int limit, long offset)
    {
        var row = InstanceView.RowExpression;
        var alias = InstanceView.InstanceAlias;
        string Order(string key, string rowKey) => sort is null ? rowKey : $"{key} {(descending ? "DESC" : "ASC")} NULLS LAST, {rowKey}";
        // Offset and limit are checked integers, not user text, so they are written into the SQL as numbers.
        return $"WITH zeno_matches AS MATERIALIZED (SELECT {alias}.rowid AS zeno_rowid, {row} AS zeno_sort_row, {sort ?? "NULL"} AS zeno_sort_key " +
            $"FROM {matchesFrom} WHERE {where}), " +
            $"zeno_page AS (SELECT zeno_rowid FROM zeno_matches ORDER BY {Order("zeno_sort_key", "zeno_sort_row")} " +
            $"LIMIT {limit.ToString(CultureInfo.InvariantCulture)} OFFSET {offset.ToString(CultureInfo.InvariantCulture)}) " +
            $"SELECT (SELECT count(*) FROM zeno_matches) AS {TotalColumn}, {string.Join(", ", fields)} FROM {fetchFrom} " +
            $"WHERE {alias}.rowid IN (SELECT zeno_rowid FROM zeno_page) ORDER BY {Order(sort ?? "", row)}";
    }
}
