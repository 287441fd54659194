using DuckDB.NET.Data;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Sql;
using Zeno.Core.Store;

namespace Zeno.Core.Query.Evaluation;

/// <summary>
/// The rows of a slice as one model and transform see them: the view, the compiled WHERE clause and its bound
/// parameters. Every metric query is built on it, so they all agree on which rows a slice holds.
/// </summary>
public sealed class SliceQuery
{
    private readonly IReadOnlyList<string> _filterColumns;

    private SliceQuery(InstanceView view, ViewColumnResolver resolver, string where, SqlParameters parameters, IReadOnlyList<string> filterColumns)
    {
        View = view;
        Resolver = resolver;
        Where = where;
        Parameters = parameters;
        _filterColumns = filterColumns;
    }

    /// <summary>The view the slice is evaluated on.</summary>
    public InstanceView View { get; }

    /// <summary>Resolves column names of the view.</summary>
    public ViewColumnResolver Resolver { get; }

    /// <summary>The <see cref="Where"/> of a slice without a filter.</summary>
    public const string Everything = "TRUE";

    /// <summary>The WHERE condition (without the keyword).</summary>
    public string Where { get; }

    /// <summary>Parameters bound by <see cref="Where"/>.</summary>
    public SqlParameters Parameters { get; }

    /// <summary>Compiles <paramref name="filter"/> (null: every instance) against the view of a model and transform.</summary>
    public static SliceQuery Create(EvaluationContext context, Predicate? filter, string? model, string? transform)
    {
        var view = context.View(model, transform);
        var resolver = new ViewColumnResolver(view, context.Instances);
        var parameters = new SqlParameters();
        string where;
        try
        {
            where = filter is null ? Everything : PredicateCompiler.Compile(filter, resolver, parameters);
        }
        catch (Errors.ZenoException e) when (e is not UnknownColumnException)
        {
            // The compiler's type checks are mistakes in the filter, which the server reports as the client's.
            throw new InvalidFilterException(e.Message, e) { Hint = e.Hint };
        }
        // Id sets read the id column, which lives in the instance table and so needs no join.
        return new SliceQuery(view, resolver, where, parameters, filter?.Columns() ?? []);
    }

    /// <summary>The FROM clause for reading <paramref name="columns"/> of the slice's rows (joins only what is read).</summary>
    public string From(params IEnumerable<string> columns) => View.From(_filterColumns.Concat(columns));

    /// <summary>A command selecting <paramref name="select"/>, which reads <paramref name="columns"/>, over the slice's rows.</summary>
    public DuckDBCommand Command(DuckDBConnection connection, string select, IEnumerable<string> columns, string suffix = "")
    {
        var command = connection.CreateCommand();
        command.CommandText = Sql(select, columns, suffix);
        Parameters.ApplyTo(command);
        return command;
    }

    /// <summary>The query <see cref="Command"/> runs, whose parameters are <see cref="Parameters"/>.</summary>
    public string Sql(string select, IEnumerable<string> columns, string suffix = "") => $"SELECT {select} FROM {From(columns)} WHERE {Where} {suffix}";

}
