using System.Numerics;
using Zeno.Core.Query.Rows;

namespace Zeno.Core.Tests.Query.Rows;

public sealed class RowValuesTests
{
    [Fact]
    public void Integers_become_longs_and_other_numbers_doubles()
    {
        Assert.Equal(5L, RowValues.ToJson(5));
        Assert.Equal(5L, RowValues.ToJson((byte)5));
        Assert.Equal(7L, RowValues.ToJson(new BigInteger(7)));
        Assert.Equal(7L, RowValues.ToJson(7UL));
        Assert.Equal((double)ulong.MaxValue, RowValues.ToJson(ulong.MaxValue));
        Assert.Equal(1.5, RowValues.ToJson(1.5m));
        Assert.Equal(0.25, RowValues.ToJson(0.25f));
    }

    [Fact]
    public void Numbers_json_cannot_hold_are_missing()
    {
        Assert.Null(RowValues.ToJson(double.NaN));
        Assert.Null(RowValues.ToJson(double.PositiveInfinity));
        Assert.Null(RowValues.ToJson(float.NegativeInfinity));
        Assert.Null(RowValues.ToJson(DBNull.Value));
    }

    [Fact]
    public void Dates_and_times_are_iso_text()
    {
        Assert.Equal("2024-01-31T10:00:00", RowValues.ToJson(new DateTime(2024, 1, 31, 10, 0, 0)));
        Assert.Equal("2024-01-31T10:00:00.25", RowValues.ToJson(new DateTime(2024, 1, 31, 10, 0, 0, 250)));
        Assert.Equal("2024-01-31", RowValues.ToJson(new DateOnly(2024, 1, 31)));
        Assert.Equal("2024-01-31T10:00:00+02:00", RowValues.ToJson(new DateTimeOffset(2024, 1, 31, 10, 0, 0, TimeSpan.FromHours(2))));
    }

    [Fact]
    public void Lists_keep_their_elements_converted()
    {
        var list = Assert.IsType<List<object?>>(RowValues.ToJson(new List<int?> { 1, null, 3 }));
        Assert.Equal([1L, null, 3L], list);
        Assert.Equal("text", RowValues.ToJson("text"));
        Assert.Equal(true, RowValues.ToJson(true));
    }
}
