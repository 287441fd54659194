using DuckDB.NET.Data;

namespace Zeno.Core.Store;

// Results of [Metric] functions, keyed by a fingerprint of (function, slice, model, transform, data and columns), so
// re-evaluating an unchanged project calls no user code.
public sealed partial class ZenoStore
{
    /// <summary>A cached metric value (its value may itself be null: undefined), or null when not cached.</summary>
    public (double? Value, long Size)? CachedMetric(string cacheKey) => Read<(double?, long)?>(connection =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value, size FROM metric_cache WHERE cache_key = $key";
        command.Parameters.Add(new DuckDBParameter("key", cacheKey));
        using var reader = command.ExecuteReader();
        if (!reader.Read())
            return null;
        return (reader.IsDBNull(0) ? null : reader.GetDouble(0), reader.GetInt64(1));
    });

    /// <summary>Caches metric values in one transaction: a transaction costs milliseconds, a value microseconds.</summary>
    public void CacheMetrics(IReadOnlyCollection<(string Key, double? Value, long Size)> values) => Write(connection =>
    {
        foreach (var (key, value, size) in values)
            Execute(connection, "INSERT OR REPLACE INTO metric_cache VALUES ($key, $value, $size)", ("key", key), ("value", value), ("size", size));
    });
}
