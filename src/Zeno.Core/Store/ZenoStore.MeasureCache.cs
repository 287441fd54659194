namespace Zeno.Core.Store;

// Measurements of a column that are costly to repeat on every start (a computed column's chart type profiles up to
// 200K rows through a join), kept with the store so a warm start answers from them. The caller's key carries the data
// version and the columns' fingerprints, so a stale entry is never asked for again. They live in zeno_meta under their
// own prefix: a key/value pair each, no schema change.
public sealed partial class ZenoStore
{
    private const string MeasurePrefix = "measure.";

    /// <summary>A cached measurement, or null.</summary>
    public string? CachedMeasure(string key) => GetMeta(MeasurePrefix + key);

    /// <summary>Saves a measurement under <paramref name="key"/>.</summary>
    public void CacheMeasure(string key, string value) => Write(connection => SetMeta(connection, MeasurePrefix + key, value));
}
