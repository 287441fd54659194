namespace Zeno.Core.Data;

/// <summary>Counts over one column that type inference decides from (measured over the whole column or a large sample).</summary>
/// <param name="Name">The column.</param>
/// <param name="SqlType">Its DuckDB type, e.g. BIGINT, VARCHAR, TIMESTAMP.</param>
/// <param name="NonNull">Non-null values.</param>
/// <param name="Distinct">Distinct non-null values.</param>
/// <param name="BooleanLike">Text values that read as true/false/yes/no.</param>
/// <param name="NumberLike">Text values that parse as numbers.</param>
/// <param name="DateLike">Text values that parse as ISO dates or timestamps.</param>
/// <param name="WithSpaces">Text values containing a space.</param>
/// <param name="AverageLength">Mean length of text values.</param>
public sealed record ColumnProfile(
    string Name,
    string SqlType,
    long NonNull,
    long Distinct,
    long BooleanLike = 0,
    long NumberLike = 0,
    long DateLike = 0,
    long WithSpaces = 0,
    double AverageLength = 0);
