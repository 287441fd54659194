namespace Zeno.Core.Query.Sql;

/// <summary>
/// The whitelist between user-written column names and SQL: only names it resolves reach a query, and only as
/// the SQL text it returns. The store implements it over the project's known columns.
/// </summary>
public interface IColumnResolver
{
    /// <summary>The column called <paramref name="name"/>; throws <see cref="UnknownColumnException"/> for any other name.</summary>
    ResolvedColumn Resolve(string name);

    /// <summary>The instance id column, which id sets (tags, hand-picked rows) are matched against.</summary>
    ResolvedColumn ResolveId();
}
