namespace Zeno.Core.Query.Sql;

/// <summary>
/// SQL text helpers for names, the only user text that may appear in SQL (values are always parameters, see
/// <see cref="SqlParameters"/>). Code inside <c>Zeno.Core.Query</c> reaches it as <c>Sql.Sql</c>, because there the
/// bare name means this namespace.
/// </summary>
public static class Sql
{
    /// <summary>
    /// A DuckDB identifier in double quotes with embedded quotes doubled, so any column name (spaces, quotes,
    /// keywords) is read as exactly that name.
    /// </summary>
    public static string QuoteIdentifier(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
