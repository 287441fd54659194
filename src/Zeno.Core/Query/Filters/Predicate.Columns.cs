namespace Zeno.Core.Query.Filters;

/// <summary>The columns a tree reads, so a config or a request can be checked against the table before running.</summary>
public abstract partial record Predicate
{
    /// <summary>
    /// The distinct column names this tree reads, in order of first appearance (both sides of a
    /// <see cref="ColumnComparison"/>, left first). <see cref="IdSet"/> reads the id column, which is the project's
    /// business and is not listed.
    /// </summary>
    public IReadOnlyList<string> Columns()
    {
        var seen = new List<string>();
        Collect(this, seen);
        return seen;
    }

    private static void Collect(Predicate node, List<string> seen)
    {
        string[] columns = node switch
        {
            Comparison c => [c.Column],
            ColumnComparison c => [c.Left, c.Right],
            InList l => [l.Column],
            TextMatch t => [t.Column],
            IsNull n => [n.Column],
            _ => [],
        };
        foreach (var column in columns)
        {
            if (!seen.Contains(column, StringComparer.Ordinal))
            {
                seen.Add(column);
            }
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
