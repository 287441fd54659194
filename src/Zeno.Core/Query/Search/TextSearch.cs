using System.Globalization;
using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Filters;
using Zeno.Core.Store;

namespace Zeno.Core.Query.Search;

/// <summary>
/// Searches a text column: how many rows match and snippets of the first few. The rows are selected by the very
/// <see cref="TextMatch"/> filter the search stands for, compiled as every filter is, so the count equals the size of
/// the slice <c>column ~ pattern</c>; the highlight inside each snippet is found in .NET (see <see cref="MatchFinder"/>
/// for where .NET and RE2 may differ). Two queries: a count, and the first rows in data order.
/// </summary>
public sealed class TextSearch(EvaluationContext context)
{
    /// <summary>Runs the search.</summary>
    public TextSearchResult Search(TextSearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegative(request.Snippets);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Window, 1);
        var match = request.ToTextMatch();
        var filter = request.Filter is null ? (Predicate)match : Group.And(request.Filter, match);
        var slice = SliceQuery.Create(context, filter, request.Model, request.Transform);
        var id = slice.Resolver.ResolveId();
        var column = slice.Resolver.Resolve(request.Column);

        using var connection = context.Store.OpenReader();
        using var count = slice.Command(connection, "count(*)", []);
        var total = Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
        var snippets = new List<TextSnippet>();
        if (total > 0 && request.Snippets > 0)
        {
            using var rows = slice.Command(connection, $"CAST({id.Expression} AS VARCHAR), {column.Expression}", [id.Name, column.Name],
                $"ORDER BY {InstanceView.RowExpression} LIMIT {request.Snippets.ToString(CultureInfo.InvariantCulture)}");
            using var reader = rows.ExecuteReader();
            while (reader.Read())
            {
                var text = reader.GetString(1);
                var found = request.Negated ? null : MatchFinder.First(match, text);
                snippets.Add(SnippetWindow.Cut(reader.GetString(0), text, found, request.Window));
            }
        }
        return new TextSearchResult(total, snippets);
    }
}
