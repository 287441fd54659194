using System.Collections.Concurrent;

namespace Zeno.Core.Query.Index;

/// <summary>
/// The index's parts (code columns, row bitmaps, per-row metric statistics) by key, within a memory budget: when the
/// parts exceed it, the least recently used go. Keys carry the data version and the manifest's fingerprints (see
/// <see cref="IndexKeys"/>), so a changed file or a recomputed column is simply never asked for again and ages out.
/// Building is serialised, so two requests never build the same 10M-row column twice at once.
/// </summary>
internal sealed class IndexCache(long budgetBytes)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _evicting = new();
    private long _bytes;
    private long _clock;

    /// <summary>The cache every engine shares unless given its own.</summary>
    public static IndexCache Shared { get; } = new(IndexOptions.FromEnvironment().BudgetBytes);

    /// <summary>The most bytes it keeps.</summary>
    public long Budget => budgetBytes;

    /// <summary>Bytes held now.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>Parts held now.</summary>
    public int Count => _entries.Count;

    /// <summary>Held while parts are built, so concurrent requests wait for one build instead of doing it twice.</summary>
    public SemaphoreSlim Building { get; } = new(1, 1);

    /// <summary>The part for <paramref name="key"/>, or null.</summary>
    public T? Find<T>(string key) where T : class, IIndexPart
    {
        if (!_entries.TryGetValue(key, out var entry))
            return null;
        entry.Used = Interlocked.Increment(ref _clock);
        return (T)entry.Part;
    }

    /// <summary>Keeps <paramref name="part"/> under <paramref name="key"/>, then drops the least recently used parts beyond the budget.</summary>
    public void Add(string key, IIndexPart part)
    {
        var entry = new Entry(part) { Used = Interlocked.Increment(ref _clock) };
        if (!_entries.TryAdd(key, entry))
            return;
        Interlocked.Add(ref _bytes, part.SizeInBytes);
        lock (_evicting)
        {
            while (Bytes > budgetBytes && _entries.Where(e => e.Value != entry).MinBy(e => e.Value.Used) is { Key: not null } oldest)
            {
                if (_entries.TryRemove(oldest.Key, out var gone))
                    Interlocked.Add(ref _bytes, -gone.Part.SizeInBytes);
            }
        }
    }

    /// <summary>The part for <paramref name="key"/>, built by <paramref name="build"/> when absent.</summary>
    public T GetOrBuild<T>(string key, Func<T> build) where T : class, IIndexPart
    {
        if (Find<T>(key) is { } found)
            return found;
        Building.Wait();
        try
        {
            if (Find<T>(key) is { } built)
                return built;
            var part = build();
            Add(key, part);
            return part;
        }
        finally
        {
            Building.Release();
        }
    }

    private sealed class Entry(IIndexPart part)
    {
        public IIndexPart Part => part;

        public long Used { get; set; }
    }
}
