using DuckDB.NET.Data;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Sql;
using Zeno.Core.Store;

namespace Zeno.Core.Query.Evaluation;

/// <summary>
/// The rows of a slice as one model and transform see them: the view's FROM clause, the compiled WHERE clause and its
/// bound parameters. Every metric query is built on it, so they all agree on which rows a slice holds.
/// </summary>
public sealed class SliceQuery
{
    private SliceQuery(InstanceView view, ViewColumnResolver resolver, string where, SqlParameters parameters)
    {
        View = view;
        Resolver = resolver;
        Where = where;
        Parameters = parameters;
    }

    /// <summary>The view the slice is evaluated on.</summary>
    public InstanceView View { get; }

    /// <summary>Resolves column names of the view.</summary>
    public ViewColumnResolver Resolver { get; }

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
        var where = filter is null ? "TRUE" : PredicateCompiler.Compile(filter, resolver, parameters);
        return new SliceQuery(view, resolver, where, parameters);
    }

    /// <summary>A command selecting <paramref name="select"/> over the slice's rows (the caller adds nothing but may append ORDER BY).</summary>
    public DuckDBCommand Command(DuckDBConnection connection, string select, string suffix = "")
    {
        var command = connection.CreateCommand();
        command.CommandText = $"SELECT {select} FROM {View.FromSql} WHERE {Where} {suffix}";
        Parameters.ApplyTo(command);
        return command;
    }
}
