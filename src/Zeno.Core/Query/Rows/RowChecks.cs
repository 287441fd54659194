using Zeno.Core.Errors;
using Zeno.Core.Query.Evaluation;

namespace Zeno.Core.Query.Rows;

/// <summary>
/// Checks a request's model and transform names and its paging before any SQL runs. An unknown model would otherwise
/// quietly give a view without outputs, which looks like a model that predicted nothing.
/// </summary>
internal static class RowChecks
{
    public static void Model(EvaluationContext context, string? model, string role = "model")
    {
        if (model is null || context.Config.Models.Any(m => m.Name == model))
            return;
        var names = context.Config.Models.Select(m => m.Name).ToList();
        throw new ZenoException($"unknown {role} '{model}'. Models: {(names.Count == 0 ? "none" : string.Join(", ", names))}.");
    }

    public static void Transform(EvaluationContext context, string? transform)
    {
        if (transform is null || context.Functions.Transforms.ContainsKey(transform))
            return;
        var names = context.Functions.Transforms.Keys.Order(StringComparer.Ordinal).ToList();
        throw new ZenoException($"unknown transform '{transform}'. Transforms: {(names.Count == 0 ? "none" : string.Join(", ", names))}.");
    }

    public static void Paging(long offset, int limit)
    {
        if (offset < 0)
            throw new ZenoException($"the offset must be 0 or more, not {offset}.");
        if (limit < 0 || limit > RowQuery.MaxLimit)
            throw new ZenoException($"a page holds 0 to {RowQuery.MaxLimit} rows, not {limit}.")
            {
                Hint = "Ask for the following rows with a larger offset.",
            };
    }
}
