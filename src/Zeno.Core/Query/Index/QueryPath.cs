namespace Zeno.Core.Query.Index;

/// <summary>
/// Which engine answers a histogram or metric request: the binned index when it can (the default), or one of them
/// alone (tests compare them).
/// </summary>
internal enum QueryPath
{
    /// <summary>The index when it can answer, otherwise SQL.</summary>
    Auto,
    /// <summary>SQL only.</summary>
    Sql,
    /// <summary>The index only; a request it cannot answer throws.</summary>
    Index,
}
