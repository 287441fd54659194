namespace Zeno.Core.Query.Search;

/// <summary>A word of a text column that starts with the typed prefix, and in how many rows of the selection it occurs.</summary>
/// <param name="Word">The word, lower-cased.</param>
/// <param name="Rows">The rows of the selection that contain it at least once.</param>
public sealed record WordCompletion(string Word, long Rows);
