namespace Zeno.Api.Tests;

public sealed class ReturnTypeTests
{
    [Fact]
    public void Returns_copy_the_users_values_so_later_changes_do_not_leak_in()
    {
        var values = new double[] { 1, 2, 3 };
        var distill = new DistillReturn(values);
        values[0] = 99;
        Assert.Equal([1.0, 2.0, 3.0], distill.Values.Cast<double>());
    }

    [Fact]
    public void A_nan_metric_is_undefined_not_a_number()
    {
        MetricReturn nan = double.NaN;
        MetricReturn half = 0.5;
        Assert.Null(nan.Value);
        Assert.Equal(0.5, half.Value);
        Assert.Null(MetricReturn.Undefined.Value);
    }

    [Fact]
    public void Model_returns_keep_outputs_in_order_with_optional_columns()
    {
        var result = new ModelReturn(new[] { "spam", "ham" }) { Columns = new Dictionary<string, System.Collections.IEnumerable> { ["p"] = new[] { 0.9, 0.1 } } };
        Assert.Equal(["spam", "ham"], result.Outputs.Cast<string>());
        Assert.Null(result.Embeddings);
        Assert.Single(result.Columns!);
    }
}
