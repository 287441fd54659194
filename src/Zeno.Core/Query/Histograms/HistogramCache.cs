using System.Collections.Concurrent;

namespace Zeno.Core.Query.Histograms;

/// <summary>
/// What histograms compute once per version of the data: column layouts (bin edges, top values) and the types of
/// computed columns. Keys carry the data version and, for computed columns, the manifest's fingerprints, so a changed
/// file or a recomputed column is measured again and stale entries are simply never asked for.
/// </summary>
internal sealed class HistogramCache
{
    // A server holds one project for a long time; a bound keeps stale versions from piling up.
    private const int Capacity = 4096;

    private readonly ConcurrentDictionary<string, object> _entries = new(StringComparer.Ordinal);

    /// <summary>The cache every engine shares unless given its own.</summary>
    public static HistogramCache Shared { get; } = new();

    /// <summary>How many entries it holds.</summary>
    public int Count => _entries.Count;

    /// <summary>The entry for <paramref name="key"/>, made by <paramref name="create"/> the first time.</summary>
    public T GetOrAdd<T>(string key, Func<T> create) where T : class
    {
        if (_entries.TryGetValue(key, out var found))
            return (T)found;
        if (_entries.Count >= Capacity)
            _entries.Clear();
        return (T)_entries.GetOrAdd(key, _ => create());
    }
}
