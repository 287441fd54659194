using Zeno.Core.Query.Filters;
using Zeno.Server.Hosting;
using Zeno.Server.Wire;

namespace Zeno.Server.Endpoints;

/// <summary>Filter-language text ⇄ predicate tree, so the slice builder and a zeno.toml line describe the same slice.</summary>
internal static class FilterEndpoints
{
    public static IEndpointRouteBuilder MapFilters(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/filters").WithTags("Filters");
        group.MapPost("/parse", (ParseFilterRequest request) =>
        {
            var tree = FilterParser.Parse(request.Text ?? throw new WireException("send the filter as 'text'"));
            return new ParsedFilter(FilterFormatter.Format(tree), PredicateNode.From(tree), tree.Columns());
        }).WithName("ParseFilter").AsQuery();
        group.MapPost("/format", (FormatFilterRequest request) =>
        {
            var tree = (request.Tree ?? throw new WireException("send the tree as 'tree'")).ToPredicate();
            return new ParsedFilter(FilterFormatter.Format(tree), PredicateNode.From(tree), tree.Columns());
        }).WithName("FormatFilter").AsQuery();
        return app;
    }
}
