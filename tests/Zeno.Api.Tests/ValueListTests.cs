using System.Collections;
using Microsoft.Data.Analysis;

namespace Zeno.Api.Tests;

public sealed class ValueListTests
{
    public static TheoryData<IEnumerable> Sequences() =>
    [
        new[] { 1.5, double.NaN },
        new double?[] { 1.5, null, double.NaN },
        new[] { 0.1f, float.NaN },
        new float?[] { 0.1f, null },
        new[] { long.MaxValue, -1L },
        new long?[] { 3, null },
        new[] { 1, 2 },
        new int?[] { null, 2 },
        new[] { true, false },
        new bool?[] { true, null },
        Enumerable.Range(0, 3).Select(i => i / 2.0),
        new DoubleDataFrameColumn("x", new double?[] { 1, null }),
        new Int64DataFrameColumn("x", new long?[] { null, 5 }),
        new Int32DataFrameColumn("x", new int?[] { 7, null }),
        new SingleDataFrameColumn("x", new float?[] { null, 0.5f }),
        new BooleanDataFrameColumn("x", new bool?[] { false, null, true }),
        new DoubleDataFrameColumn("x", new double?[] { 3, null, double.NaN }) / 2.0,
    ];

    [Fact]
    public void A_DataFrame_column_is_copied_with_its_nulls_and_later_changes_to_it_are_not_seen()
    {
        var column = new DoubleDataFrameColumn("x", Enumerable.Range(0, 5000).Select(i => i % 3 == 0 ? null : (double?)i));

        var list = ValueList.From(column);
        column[1] = -1;

        Assert.IsType<double?[]>(((TypedValueList)list).Items);
        Assert.Equal(Enumerable.Range(0, 5000).Select(i => i % 3 == 0 ? null : (object?)(double)i), list);
    }

    [Theory]
    [MemberData(nameof(Sequences))]
    public void Typed_sequences_stay_typed_and_read_back_as_the_same_objects(IEnumerable values)
    {
        var list = ValueList.From(values);
        Assert.IsAssignableFrom<TypedValueList>(list);
        Assert.Equal(values.Cast<object?>().ToList(), list);
        Assert.Equal(values.Cast<object?>().ToList(), list.Select((_, i) => list[i]));
    }

    [Fact]
    public void Other_sequences_are_copied_as_objects()
    {
        Assert.IsNotAssignableFrom<TypedValueList>(ValueList.From(new object?[] { 1.0, "a", null }));
        Assert.IsNotAssignableFrom<TypedValueList>(ValueList.From(new[] { "a", "b" }));
        Assert.Equal(new object?[] { 1m, 2m }, ValueList.From(new[] { 1m, 2m }));
    }

    [Fact]
    public void A_typed_copy_does_not_see_later_changes_to_the_users_array()
    {
        var values = new long?[] { 1, 2 };
        var list = ValueList.From(values);
        values[0] = null;
        Assert.Equal(new object?[] { 1L, 2L }, list);
    }
}
