namespace Zeno.Core.Query.Sql;

/// <summary>An <see cref="IColumnResolver"/> over a fixed list of columns: for tests, and for callers that already know the table.</summary>
public sealed class DictionaryColumnResolver : IColumnResolver
{
    private readonly Dictionary<string, ResolvedColumn> _columns;
    private readonly string? _idColumn;

    /// <summary>Resolves exactly <paramref name="columns"/> by name (case-sensitive); <paramref name="idColumn"/> names the id column among them.</summary>
    public DictionaryColumnResolver(IEnumerable<ResolvedColumn> columns, string? idColumn = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        _columns = columns.ToDictionary(c => c.Name, StringComparer.Ordinal);
        _idColumn = idColumn is null || _columns.ContainsKey(idColumn)
            ? idColumn
            : throw new ArgumentException($"The id column '{idColumn}' is not among the columns.", nameof(idColumn));
    }

    /// <inheritdoc />
    public ResolvedColumn Resolve(string name) =>
        _columns.TryGetValue(name, out var column) ? column : throw new UnknownColumnException(name, _columns.Keys);

    /// <inheritdoc />
    public ResolvedColumn ResolveId() =>
        _idColumn is null
            ? throw new Errors.ZenoException("This table has no id column, so rows cannot be picked by id.")
            : _columns[_idColumn];
}
