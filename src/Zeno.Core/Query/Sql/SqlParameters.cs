using System.Collections;
using DuckDB.NET.Data;

namespace Zeno.Core.Query.Sql;

/// <summary>
/// The values of a SQL statement under construction, bound as named parameters <c>$p0</c>, <c>$p1</c>, ... One
/// instance can serve several <see cref="Filters.PredicateCompiler"/> calls (and hand-written fragments), so the
/// pieces of one statement never reuse a name. Lists are never bound as one value: DuckDB.NET 1.5 cannot bind them
/// (it fails and invalidates the database), so callers add one parameter per element.
/// </summary>
public sealed class SqlParameters : IReadOnlyList<(string Name, object? Value)>
{
    private readonly List<(string Name, object? Value)> _values = [];

    /// <summary>Adds a value and returns its placeholder (<c>$p3</c>) to write into the SQL text.</summary>
    public string Add(object? value)
    {
        var name = "p" + _values.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _values.Add((name, value));
        return "$" + name;
    }

    /// <summary>How many values have been added.</summary>
    public int Count => _values.Count;

    /// <summary>The parameter with this index: its name without the <c>$</c>, and its value.</summary>
    public (string Name, object? Value) this[int index] => _values[index];

    /// <summary>Binds every value to <paramref name="command"/> by name (null as SQL NULL).</summary>
    public void ApplyTo(DuckDBCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var (name, value) in _values)
        {
            command.Parameters.Add(new DuckDBParameter(name, value ?? DBNull.Value));
        }
    }

    /// <summary>The parameters in the order they were added.</summary>
    public IEnumerator<(string Name, object? Value)> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
