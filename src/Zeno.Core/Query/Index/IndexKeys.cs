using System.Globalization;
using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Histograms;
using Zeno.Core.Query.Sql;
using Zeno.Core.Store;

namespace Zeno.Core.Query.Index;

/// <summary>
/// Keys of the index's parts. Codes share their layout's key (data version, column, type, bins, and for computed
/// columns model, transform and manifest), so a data column's codes serve every model. Row bitmaps and metric rows
/// are keyed by their SQL text and bound values (the canonical form of a predicate: two trees that compile alike
/// select alike) and by the view: data version, model, transform and every computed column's fingerprint.
/// </summary>
internal static class IndexKeys
{
    public static string Codes(string layoutKey) => Fingerprint.Of("index-codes", layoutKey);

    /// <summary>
    /// The name of a chart's codes on disk. The layout key alone is not enough there: it names a layout measured by
    /// this process, and a later Zeno may cut the same column differently. So the key adds what the codes are a
    /// function of — the bin SQL and its bound values (edges, top values, the expression reading the column) — and the
    /// rows and file format; the generation is what makes the file stale (see <see cref="CodeFileGeneration"/>).
    /// </summary>
    public static CodeFileId CodeFile(EvaluationContext context, ViewColumn column, ChartPlan chart, IColumnResolver resolver, long rows)
    {
        var parameters = new SqlParameters();
        var sql = chart.Layout.BinSql(chart.Column, resolver, parameters);
        var key = Fingerprint.Of([ "index-code-file", CodeFileFormat.Version.ToString(CultureInfo.InvariantCulture), chart.LayoutKey, sql,
            rows.ToString(CultureInfo.InvariantCulture), .. parameters.Select(p => Text(p.Value)) ]);
        return new CodeFileId(CodeFileGeneration(context, HistogramKeys.IsComputed(column)), key);
    }

    /// <summary>
    /// The file of a numeric column's sort keys: the SQL that reads them (<paramref name="from"/>, <paramref name="value"/>)
    /// and the rows; its generation, as a code file's, is what makes it stale.
    /// </summary>
    public static CodeFileId SortFile(EvaluationContext context, ViewColumn column, string from, string value, long rows) =>
        new(CodeFileGeneration(context, HistogramKeys.IsComputed(column)),
            Fingerprint.Of("index-sort-file", CodeFileFormat.Version.ToString(CultureInfo.InvariantCulture), from, value, rows.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The generations of index files still current: every other file is stale.</summary>
    public static IReadOnlySet<string> CodeFileGenerations(EvaluationContext context) =>
        new HashSet<string>([CodeFileGeneration(context, computed: false), CodeFileGeneration(context, computed: true)]);

    /// <summary>
    /// What a code file's validity hangs on besides its key: the data version, and for a computed column every
    /// fingerprint of the manifest. Files of another generation are never asked for again and are deleted; data
    /// columns have their own generation, so recomputing a model's outputs does not throw away the data's codes.
    /// </summary>
    public static string CodeFileGeneration(EvaluationContext context, bool computed) => computed
        ? Fingerprint.Of("index-code-files", context.Instances.DataVersion, string.Join(",", context.Manifest.Select(entry => $"{entry.Key}={entry.Fingerprint}")))
        : Fingerprint.Of("index-code-files", context.Instances.DataVersion);

    public static string View(EvaluationContext context, string? model, string? transform) =>
        Fingerprint.Of("index-view", context.Store.DatabasePath, context.Instances.DataVersion, model, transform,
            string.Join(",", context.Manifest.Select(entry => $"{entry.Key}={entry.Fingerprint}")));

    public static string Rows(string view, string sql, SqlParameters parameters) =>
        Fingerprint.Of([ "index-rows", view, sql, .. parameters.Select(p => Text(p.Value)) ]);

    public static string Complete(EvaluationContext context, IEnumerable<string> tables) =>
        Fingerprint.Of([ "index-complete", context.Store.DatabasePath, string.Join(",", context.Manifest.Select(entry => $"{entry.Key}={entry.Fingerprint}")), .. tables ]);

    public static string Metric(string view, MetricRowsSql metric) => Fingerprint.Of("index-metric", view, metric.Kind.ToString(), metric.Sql);

    public static string Sort(string view, string expression) => Fingerprint.Of("index-sort", view, expression);

    public static string FunctionColumn(string view, string expression) => Fingerprint.Of("index-function-column", view, expression);

    // Typed, and in the round-trip form, so 1 (a number) and "1" (text) or two near doubles never share a key.
    private static string Text(object? value) => value switch
    {
        null => "null",
        DateTime d => "date:" + d.ToString("O", CultureInfo.InvariantCulture),
        double d => "double:" + d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => $"{value.GetType().Name}:{f.ToString(null, CultureInfo.InvariantCulture)}",
        _ => $"{value.GetType().Name}:{value}",
    };
}
