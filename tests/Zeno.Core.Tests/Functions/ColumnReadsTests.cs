namespace Zeno.Core.Tests.Functions;

/// <summary>The pipeline reads only the columns a function plainly names; any other use of the batch means every column.</summary>
public sealed class ColumnReadsTests
{
    private const string Source = """
        static class Distills
        {
            const string Income = "income";

            [Distill]
            static DistillReturn Thousands(DataFrame batch, ZenoOptions options)
            {
                var income = batch.Columns[Income];
                return new(Enumerable.Range(0, (int)batch.Rows.Count).Select(i => income[i] is double d ? d / 1000 : (double?)null));
            }

            [Distill]
            static DistillReturn Named(DataFrame batch, ZenoOptions options) =>
                new(batch.Columns.GetStringColumn(options.DataColumn!).Zip(batch["age"].Cast<object?>(), (text, age) => $"{text}{age}")
                    .Zip(Values(batch.Columns[options.LabelColumn!]), (a, b) => a + b));

            static IEnumerable<object?> Values(DataFrameColumn column) => column.Cast<object?>();

            [Distill]
            static DistillReturn Passed(DataFrame batch, ZenoOptions options) => new(Helper(batch));

            static IEnumerable<long> Helper(DataFrame frame) => frame.Rows.Select(row => (long)row.Count());

            [Distill]
            static DistillReturn ByPosition(DataFrame batch, ZenoOptions options) => new(batch.Columns[0].Cast<object?>());

            [Distill]
            static DistillReturn Computed(DataFrame batch, ZenoOptions options) => new(batch.Columns["in" + "come".ToString()].Cast<object?>());
        }
        """;

    [Fact]
    public void A_function_that_names_its_columns_reads_only_those()
    {
        var distills = TempFunctions.LoadSingle(Source).Distills;

        Assert.Equal(["income"], distills["Thousands"].Descriptor.ReadsColumns);
        Assert.Equal(["age", "options:DataColumn", "options:LabelColumn"], distills["Named"].Descriptor.ReadsColumns);
    }

    [Theory]
    [InlineData("Passed")]
    [InlineData("ByPosition")]
    [InlineData("Computed")]
    public void A_batch_passed_on_enumerated_or_indexed_by_a_computed_name_means_every_column(string distill)
    {
        var distills = TempFunctions.LoadSingle(Source).Distills;

        Assert.Null(distills[distill].Descriptor.ReadsColumns);
    }
}
