using System.Globalization;
using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Histograms;

namespace Zeno.Core.Tests.Query.Histograms;

/// <summary>
/// The reference for histogram counts, written as plain C#: which bucket a value belongs to, read off the buckets'
/// own bounds and values (not through <c>BinSpec</c>), and the rows a filter selects, asked of the filter compiler
/// (whose own oracle tests check it against LINQ).
/// </summary>
internal static class HistogramOracle
{
    /// <summary>The values of a column by instance id, as DuckDB stores them.</summary>
    public static Dictionary<string, object?> Values(EvaluationContext context, string column, string? model = null)
    {
        var slice = SliceQuery.Create(context, null, model, null);
        var id = slice.Resolver.ResolveId();
        using var connection = context.Store.OpenReader();
        using var command = slice.Command(connection, $"CAST({id.Expression} AS VARCHAR), {slice.Resolver.Resolve(column).Expression}", [id.Name, column]);
        using var reader = command.ExecuteReader();
        var values = new Dictionary<string, object?>();
        while (reader.Read())
            values[reader.GetString(0)] = reader.IsDBNull(1) ? null : reader.GetValue(1) is DateOnly d ? d.ToDateTime(TimeOnly.MinValue) : reader.GetValue(1);
        return values;
    }

    /// <summary>The ids a filter selects (every id for null).</summary>
    public static HashSet<string> Ids(EvaluationContext context, Predicate? filter, string? model = null)
    {
        var slice = SliceQuery.Create(context, filter, model, null);
        var id = slice.Resolver.ResolveId();
        using var connection = context.Store.OpenReader();
        using var command = slice.Command(connection, $"CAST({id.Expression} AS VARCHAR)", [id.Name]);
        using var reader = command.ExecuteReader();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
            ids.Add(reader.GetString(0));
        return ids;
    }

    /// <summary>Whether <paramref name="value"/> belongs to bucket <paramref name="index"/> of <paramref name="histogram"/>.</summary>
    public static bool InBucket(ColumnHistogram histogram, int index, object? value)
    {
        var bucket = histogram.Buckets[index];
        var bins = histogram.Buckets.Where(b => b.Kind is BucketKind.Range or BucketKind.Time).ToList();
        var (first, last) = (bins.IndexOf(bucket) == 0, bins.IndexOf(bucket) == bins.Count - 1);
        return bucket.Kind switch
        {
            BucketKind.Missing => value is null,
            _ when value is null => false,
            // The outer bins are open-ended: NaN and infinities belong to the last and first.
            BucketKind.Range => (first || !(Number(value) < bucket.Low!.Value)) && (last || Number(value) < bucket.High!.Value),
            BucketKind.Time => (first || (DateTime)value >= bucket.Start!.Value) && (last || (DateTime)value < bucket.End!.Value),
            BucketKind.Value => Same(((Comparison)bucket.Filter).Value, value),
            BucketKind.Other => !histogram.Buckets.Where(b => b.Kind == BucketKind.Value).Any(b => Same(((Comparison)b.Filter).Value, value)),
            _ => throw new ArgumentOutOfRangeException(nameof(index), bucket.Kind, null),
        };
    }

    private static double Number(object value) => Convert.ToDouble(value, CultureInfo.InvariantCulture);

    private static bool Same(FilterValue literal, object value) => literal switch
    {
        FilterValue.Number n => Number(value) == n.Value,
        FilterValue.Text t => Equals(value, t.Value),
        FilterValue.Bool b => Equals(value, b.Value),
        FilterValue.Date d => Equals(value, d.Value),
        _ => false,
    };
}
