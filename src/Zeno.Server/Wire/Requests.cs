namespace Zeno.Server.Wire;

/// <summary>
/// Which instances a request is about: a filter (filter-language text or a tree), slices by id or name, and tags,
/// all combined with AND. Everything empty means every instance.
/// </summary>
public sealed record FilterSpec
{
    /// <summary>A filter in the filter language, e.g. <c>group == "hard_ham" and num_links &gt; 3</c>.</summary>
    public string? Filter { get; init; }

    /// <summary>The same as a tree, as the slice builder edits it.</summary>
    public PredicateNode? Predicate { get; init; }

    /// <summary>Slices (ids, or names of slices from zeno.toml) whose filters apply too.</summary>
    public IReadOnlyList<string>? Slices { get; init; }

    /// <summary>Tags (ids) whose instances the selection is limited to.</summary>
    public IReadOnlyList<string>? Tags { get; init; }
}

/// <summary>One metric to compute: on a filter spec, for a model and transform.</summary>
public sealed record MetricKey
{
    /// <summary>The instances.</summary>
    public FilterSpec? Where { get; init; }

    /// <summary>The model (default: the latest).</summary>
    public string? Model { get; init; }

    /// <summary>The transform, or null for the original instances.</summary>
    public string? Transform { get; init; }

    /// <summary>The metric's name.</summary>
    public required string Metric { get; init; }
}

/// <summary>A batch of metric keys, answered in order.</summary>
public sealed record MetricsRequest(IReadOnlyList<MetricKey> Keys);

/// <summary>
/// A metric's value (null: undefined) and the size of its slice. <c>Pending</c> names the column the key reads that
/// the background pipeline has not written yet (value and size are then null and 0); ask again when it finishes.
/// </summary>
public sealed record MetricValue(double? Value, long Size, string? Pending = null);

/// <summary>The filter language text to parse into a tree.</summary>
public sealed record ParseFilterRequest(string Text);

/// <summary>A parsed filter: canonical text, the tree and the columns it reads.</summary>
public sealed record ParsedFilter(string Text, PredicateNode Tree, IReadOnlyList<string> Columns);

/// <summary>A tree to format as filter-language text (the line a slice exports to zeno.toml).</summary>
public sealed record FormatFilterRequest(PredicateNode Tree);
