namespace Zeno.Core.Tests.Functions;

public sealed class ModelOutputDependenceTests
{
    private const string Source = """
        static class Distills
        {
            [Distill]
            static DistillReturn Correct(DataFrame batch, ZenoOptions options) =>
                new(Outputs.Read(batch, options.OutputColumn).Zip(Outputs.Read(batch, options.LabelColumn!), (output, label) => output == label));

            [Distill]
            static DistillReturn Confident(DataFrame batch, ZenoOptions options) =>
                new(OutputOf(batch, options).Select(output => output > 0.5));

            [Distill]
            static DistillReturn Length(DataFrame batch, ZenoOptions options) =>
                new(((StringDataFrameColumn)batch[options.DataColumn!]).Select(text => text?.Length ?? 0));

            [Distill("label is one")]
            static DistillReturn LabelIsOne(DataFrame batch, ZenoOptions options) =>
                new(Outputs.Read(batch, options.LabelColumn!).Select(label => label == 1));

            static IEnumerable<double?> OutputOf(DataFrame batch, ZenoOptions options) => Outputs.Read(batch, Column(options));

            static string Column(ZenoOptions options) => options.OutputColumn;
        }

        static class Outputs
        {
            // Reads a column by the name it is given: whether that is the output column is the caller's business.
            public static IEnumerable<double?> Read(DataFrame batch, string column) => (PrimitiveDataFrameColumn<double>)batch[column];
        }
        """;

    [Fact]
    public void A_distill_reads_the_model_output_when_it_or_a_helper_it_calls_reads_the_output_column()
    {
        var distills = TempFunctions.LoadSingle(Source).Distills;

        Assert.True(distills["Correct"].Descriptor.ReadsModelOutput);
        Assert.True(distills["Confident"].Descriptor.ReadsModelOutput);
        Assert.False(distills["Length"].Descriptor.ReadsModelOutput);
        Assert.False(distills["label is one"].Descriptor.ReadsModelOutput);
    }

    [Fact]
    public void The_distills_that_read_the_model_output_compute_from_it()
    {
        var distills = TempFunctions.LoadSingle(Source).Distills;
        var batch = Batches.Texts("a", "b", "c");

        Assert.Equal(new object?[] { true, true, true }, distills["Correct"].Invoke(batch, Batches.Options).Values);
        Assert.Equal(new object?[] { false, true, true }, distills["Confident"].Invoke(batch, Batches.Options).Values);
    }
}
