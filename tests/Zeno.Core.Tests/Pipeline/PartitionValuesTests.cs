using Zeno.Core.Pipeline;
using Zeno.Core.Store;

namespace Zeno.Core.Tests.Pipeline;

public sealed class PartitionValuesTests
{
    [Fact]
    public void Batches_of_one_typed_sequence_stay_typed()
    {
        var values = new PartitionValues(4);
        values.Set(0, new DistillReturn(new double?[] { 1, null }).Values);
        values.Set(2, new DistillReturn(new double?[] { double.NaN, 4 }).Values);
        var list = values.ToList();
        Assert.Equal(StoredType.Double, TypedValues.Infer(list));
        Assert.Equal(new object?[] { 1.0, null, double.NaN, 4.0 }, list);
    }

    [Fact]
    public void A_row_without_a_value_is_null_not_the_typed_arrays_default()
    {
        var values = new PartitionValues(3);
        values.Set(0, new DistillReturn(new[] { 1.0 }).Values);
        values.Set(2, new DistillReturn(new[] { 3.0 }).Values);
        var list = values.ToList();
        Assert.Null(TypedValues.Infer(list));
        Assert.Equal(new object?[] { 1.0, null, 3.0 }, list);
    }

    [Fact]
    public void Batches_of_different_shapes_keep_every_value_in_order()
    {
        var values = new PartitionValues(5);
        values.Set(0, new DistillReturn(new[] { 1L, 2L }).Values);
        values.Set(2, new DistillReturn(new[] { 0.5 }).Values);
        values.Set(3, new DistillReturn(new object?[] { "a", null }).Values);
        Assert.Equal(new object?[] { 1L, 2L, 0.5, "a", null }, values.ToList());
    }

    [Fact]
    public void Boxed_batches_then_a_typed_one_keep_every_value()
    {
        var values = new PartitionValues(3);
        values.Set(0, new DistillReturn(new object?[] { "a" }).Values);
        values.Set(1, new DistillReturn(new[] { true, false }).Values);
        Assert.Equal(new object?[] { "a", true, false }, values.ToList());
    }
}
