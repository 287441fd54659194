using Zeno.Core.Query.Evaluation;
using Zeno.Core.Store;

namespace Zeno.Core.Query.Histograms;

/// <summary>Cache keys for what histograms measure once per version of a column's values.</summary>
internal static class HistogramKeys
{
    /// <summary>
    /// A key for <paramref name="what"/> about a column: a column of the instance table depends on the data file only;
    /// any other (an output, a distill, a transformed data column) also on the model, the transform and the manifest.
    /// </summary>
    public static string Of(string what, EvaluationContext context, ViewColumn column, string? model, string? transform, params string[] more)
    {
        var parts = new List<string?> { what, context.Instances.DataVersion, column.Name, column.SqlType };
        if (IsComputed(column))
        {
            parts.AddRange([model, transform, string.Join(",", context.Manifest.Select(entry => $"{entry.Key}={entry.Fingerprint}"))]);
        }
        parts.AddRange(more);
        return Fingerprint.Of([.. parts]);
    }

    /// <summary>Whether a column's values depend on more than the data file: the model, the transform and the manifest.</summary>
    public static bool IsComputed(ViewColumn column) => column.Join is not null || column.Origin != ViewColumnOrigin.Data;
}
