using Zeno.Core.Query.Filters;

namespace Zeno.Core.Query.Search;

/// <summary>A search in a text column: the same pattern and options as a <c>~</c> filter, under a filter.</summary>
/// <param name="Column">The text column.</param>
/// <param name="Pattern">A substring, or a regular expression (RE2 syntax, as DuckDB runs it).</param>
public sealed record TextSearchRequest(string Column, string Pattern)
{
    /// <summary>Whether <see cref="Pattern"/> is a regular expression.</summary>
    public bool IsRegex { get; init; }

    /// <summary>Whether letter case must match.</summary>
    public bool CaseSensitive { get; init; }

    /// <summary>Whether the match must start and end at word boundaries.</summary>
    public bool WholeWord { get; init; }

    /// <summary>Whether to find the rows that do NOT match (<c>!~</c>).</summary>
    public bool Negated { get; init; }

    /// <summary>Only rows of this filter are searched; null for every row.</summary>
    public Predicate? Filter { get; init; }

    /// <summary>The model whose view is searched (for "output" and per-model columns); null for none.</summary>
    public string? Model { get; init; }

    /// <summary>The transform whose instances are searched; null for the originals.</summary>
    public string? Transform { get; init; }

    /// <summary>How many snippets to return (the first matching rows in data order).</summary>
    public int Snippets { get; init; } = 5;

    /// <summary>About how many characters of text a snippet shows around the match.</summary>
    public int Window { get; init; } = 80;

    /// <summary>The <c>~</c> (or <c>!~</c>) filter node the search runs.</summary>
    public TextMatch ToTextMatch() => new(Column, Pattern, IsRegex, CaseSensitive, WholeWord, Negated);
}
