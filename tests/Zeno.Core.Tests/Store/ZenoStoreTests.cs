using Zeno.Core.Store;

namespace Zeno.Core.Tests.Store;

public sealed class ZenoStoreTests
{
    private static readonly ColumnKey Key = new(ColumnKind.Distill, "d");

    private static List<(long Row, object? Value)> Values(ZenoStore store)
    {
        var table = store.FindColumn(Key)!.TableName;
        return store.Read(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT zeno_row, value FROM {table} ORDER BY zeno_row";
            using var reader = command.ExecuteReader();
            var rows = new List<(long, object?)>();
            while (reader.Read())
                rows.Add((reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetValue(1)));
            return rows;
        });
    }

    [Fact]
    public void A_partition_of_nulls_then_one_of_integers_then_one_of_decimals_keeps_every_value()
    {
        using var store = ZenoStore.InMemory();
        store.PrepareColumn(Key, "f1", 3);
        store.CommitPartition(0, [new ColumnWrite(Key, [0, 1], [null, null])], []);
        store.CommitPartition(1, [new ColumnWrite(Key, [2, 3], [1, 2])], []);
        store.CommitPartition(2, [new ColumnWrite(Key, [4], [2.5])], []);
        Assert.Equal(StoredType.Double, store.FindColumn(Key)!.ValueType);
        Assert.Equal([(0L, null), (1L, null), (2L, 1.0), (3L, 2.0), (4L, 2.5)], Values(store));
        Assert.Equal(new HashSet<int> { 0, 1, 2 }, store.CompletedPartitions(Key));
    }

    [Fact]
    public void Preparing_with_the_same_fingerprint_keeps_committed_partitions_and_a_new_one_drops_them()
    {
        using var store = ZenoStore.InMemory();
        store.PrepareColumn(Key, "f1", 2);
        store.CommitPartition(0, [new ColumnWrite(Key, [0], ["a"])], [new RowFailure("x", "E", "boom")]);
        Assert.Equal(new HashSet<int> { 0 }, store.PrepareColumn(Key, "f1", 2));
        Assert.Single(store.Failures(Key));
        Assert.Empty(store.PrepareColumn(Key, "f2", 2));
        Assert.Empty(Values(store));
        Assert.Empty(store.Failures(Key));
    }

    [Fact]
    public void A_commit_that_fails_half_way_leaves_nothing_of_the_partition_behind()
    {
        using var store = ZenoStore.InMemory();
        var other = new ColumnKey(ColumnKind.ModelColumn, "p", "m");
        store.PrepareColumn(Key, "f1", 2);
        store.PrepareColumn(other, "f1", 2);
        // Break the second column's table so the transaction fails after the first column was appended.
        store.Write(connection => ZenoStore.Execute(connection, $"DROP TABLE {store.FindColumn(other)!.TableName}"));
        Assert.ThrowsAny<Exception>(() => store.CommitPartition(0, [new ColumnWrite(Key, [0], ["a"]), new ColumnWrite(other, [0], [1.0])], []));
        Assert.Empty(Values(store));
        Assert.Empty(store.CompletedPartitions(Key));
    }

    [Fact]
    public void Partitions_committed_together_widen_the_type_once_and_are_all_kept()
    {
        using var store = ZenoStore.InMemory();
        store.PrepareColumn(Key, "f1", 3);
        store.CommitPartitions([
            new PartitionCommit(0, [new ColumnWrite(Key, [0, 1], [null, 1])], []),
            new PartitionCommit(2, [new ColumnWrite(Key, [4], [2.5])], [new RowFailure("r5", "E", "boom")]),
            new PartitionCommit(1, [new ColumnWrite(Key, [2, 3], [3, null])], []),
        ]);
        Assert.Equal(StoredType.Double, store.FindColumn(Key)!.ValueType);
        Assert.Equal([(0L, null), (1L, 1.0), (2L, 3.0), (3L, null), (4L, 2.5)], Values(store));
        Assert.Equal(new HashSet<int> { 0, 1, 2 }, store.CompletedPartitions(Key));
        Assert.Equal("r5", Assert.Single(store.Failures(Key)).RowId);
    }

    [Fact]
    public void Partitions_committed_together_are_kept_all_or_none()
    {
        using var store = ZenoStore.InMemory();
        var unprepared = new ColumnKey(ColumnKind.Distill, "never-prepared");
        store.PrepareColumn(Key, "f1", 2);
        var error = Assert.Throws<InvalidOperationException>(() => store.CommitPartitions([
            new PartitionCommit(0, [new ColumnWrite(Key, [0], [1.0])], []),
            new PartitionCommit(1, [new ColumnWrite(unprepared, [1], [2.0])], []),
        ]));
        Assert.Contains("was not prepared", error.Message);
        Assert.Empty(Values(store));
        Assert.Empty(store.CompletedPartitions(Key));
    }

    [Fact]
    public void A_newer_schema_than_this_build_knows_is_refused_with_advice()
    {
        var folder = Path.Combine(Path.GetTempPath(), "zeno-store-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            using (var store = ZenoStore.Open(folder))
                store.Write(connection => ZenoStore.SetMeta(connection, "schema_version", "999"));
            var error = Assert.Throws<Errors.ZenoException>(() => ZenoStore.Open(folder));
            Assert.Contains("newer Zeno", error.Message, StringComparison.Ordinal);
            Assert.NotNull(error.Hint);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
