namespace Zeno.Core.Store;

/// <summary>The cache manifest's record of one computed column.</summary>
/// <param name="Key">What the column is.</param>
/// <param name="Fingerprint">The fingerprint of the function and inputs it was computed with.</param>
/// <param name="TableName">The store table holding (zeno_row, value).</param>
/// <param name="Partitions">How many partitions make it complete.</param>
/// <param name="ValueType">The type of its values so far.</param>
public sealed record ManifestEntry(ColumnKey Key, string Fingerprint, string TableName, int Partitions, StoredType ValueType);

/// <summary>Values of one computed column for some rows of a partition.</summary>
public sealed record ColumnWrite(ColumnKey Key, IReadOnlyList<long> Rows, IReadOnlyList<object?> Values);

/// <summary>A finished partition of one function call: its values for every column the call produced, and the rows it failed on.</summary>
public sealed record PartitionCommit(int Partition, IReadOnlyList<ColumnWrite> Writes, IReadOnlyList<RowFailure> Failures);

/// <summary>A row a function failed on: its id and the exception it threw.</summary>
public sealed record RowFailure(string RowId, string ErrorType, string Message);
