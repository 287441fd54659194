using System.Collections;
using Zeno.Core.Store;

namespace Zeno.Core.Tests.Store;

// A function's typed sequence (doubles, longs, booleans, ...) is stored without boxing; these tests hold the typed path
// to the boxed one: the same values, committed either way and after the same earlier partitions, store the same column.
public sealed class TypedValuesTests
{
    public static TheoryData<string> Shapes() => [.. Samples(new Random(1), 0, null).Keys];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Typed_values_store_the_same_column_as_the_same_values_boxed(string shape)
    {
        using var store = ZenoStore.InMemory();
        var column = 0;
        for (var seed = 0; seed < 4; seed++)
        {
            // The last seed writes several of DuckDB's 2,048-row vectors, so validity words and vector ends are crossed.
            var values = Samples(new Random(seed), seed % 4 == 0 ? 1.0 : 0.2, seed == 3 ? 5_000 : null)[shape];
            // Earlier partitions decide what the typed values meet: nothing, integers, decimals, text or booleans.
            foreach (var earlier in new IReadOnlyList<object?>[] { [], [7], [0.5], ["text"], [true] })
            {
                var typed = Store(store, column++, earlier, new DistillReturn(values).Values);
                var boxed = Store(store, column++, earlier, values.Cast<object?>().ToList());
                Assert.Equal(boxed.Type, typed.Type);
                Assert.Equal(boxed.Rows, typed.Rows);
            }
        }
    }

    [Fact]
    public void Distill_returns_of_primitive_sequences_are_typed_and_others_are_not()
    {
        Assert.NotNull(TypedValues.Infer(new DistillReturn(new double?[] { 1, null }).Values));
        Assert.NotNull(TypedValues.Infer(new DistillReturn(Enumerable.Range(0, 3).Select(i => i > 0)).Values));
        Assert.Null(TypedValues.Infer(new DistillReturn(new object[] { 1.0, 2.0 }).Values));
        Assert.Null(TypedValues.Infer(new DistillReturn(new[] { "a" }).Values));
    }

    // The stored type and every (row, value) pair, after an earlier partition and then `values`.
    private static (StoredType Type, List<(long, object?)> Rows) Store(ZenoStore store, int column, IReadOnlyList<object?> earlier,
        IReadOnlyList<object?> values)
    {
        var key = new ColumnKey(ColumnKind.Distill, $"d{column}");
        store.PrepareColumn(key, "f", 2);
        store.CommitPartition(0, [new ColumnWrite(key, [.. Enumerable.Range(0, earlier.Count).Select(i => (long)i)], earlier)], []);
        store.CommitPartition(1, [new ColumnWrite(key, [.. Enumerable.Range(0, values.Count).Select(i => 100L + i)], values)], []);
        var table = store.FindColumn(key)!.TableName;
        var stored = store.Read(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT zeno_row, value FROM {table} ORDER BY zeno_row";
            using var reader = command.ExecuteReader();
            var rows = new List<(long, object?)>();
            while (reader.Read())
                rows.Add((reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetValue(1)));
            return rows;
        });
        return (store.FindColumn(key)!.ValueType, stored);
    }

    // One random sequence per primitive shape; `missing` is the share of nulls (and NaNs, for floating point).
    private static Dictionary<string, IEnumerable> Samples(Random random, double missing, int? size)
    {
        bool Gap() => random.NextDouble() < missing;
        double Number() => Gap() ? double.NaN : Math.Round(random.NextDouble() * 2000 - 1000, random.Next(4));
        var count = size ?? random.Next(1, 40);
        T[] Many<T>(Func<T> next) => [.. Enumerable.Range(0, count).Select(_ => next())];
        return new()
        {
            ["double"] = Many(Number),
            ["double?"] = Many<double?>(() => Gap() ? null : Number()),
            ["float"] = Many(() => (float)Number()),
            ["float?"] = Many<float?>(() => Gap() ? null : (float)Number()),
            ["long"] = Many(() => random.NextInt64(long.MinValue, long.MaxValue)),
            ["long?"] = Many<long?>(() => Gap() ? null : random.NextInt64(-5, 5)),
            ["int"] = Many(() => random.Next(int.MinValue, int.MaxValue)),
            ["int?"] = Many<int?>(() => Gap() ? null : random.Next()),
            ["bool"] = Many(() => random.Next(2) == 1),
            ["bool?"] = Many<bool?>(() => Gap() ? null : random.Next(2) == 1),
        };
    }
}
