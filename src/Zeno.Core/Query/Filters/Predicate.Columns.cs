namespace Zeno.Core.Query.Filters;

/// <summary>The columns a tree reads, so a config or a request can be checked against the table before running.</summary>
public abstract partial record Predicate
{
    /// <summary>
    /// The distinct column names this tree reads, in order of first appearance. <see cref="IdSet"/> reads the id
    /// column, which is the project's business and is not listed.
    /// </summary>
    public IReadOnlyList<string> Columns()
    {
        var seen = new List<string>();
        Collect(this, seen);
        return seen;
    }

    private static void Collect(Predicate node, List<string> seen)
    {
        var column = node switch
        {
            Comparison c => c.Column,
            InList l => l.Column,
            TextMatch t => t.Column,
            IsNull n => n.Column,
            _ => null,
        };
        if (column is not null && !seen.Contains(column, StringComparer.Ordinal))
        {
            seen.Add(column);
        }
        if (node is Group g)
        {
            foreach (var child in g.Children)
            {
                Collect(child, seen);
            }
        }
        else if (node is Not not)
        {
            Collect(not.Inner, seen);
        }
    }
}
