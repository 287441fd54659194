using Microsoft.Data.Analysis;

namespace Zeno.Core.Tests.Functions;

/// <summary>Small real batches and the options that describe them.</summary>
internal static class Batches
{
    public static ZenoOptions Options { get; } = new()
    {
        IdColumn = "id",
        DataColumn = "text",
        LabelColumn = "label",
        OutputColumn = "output",
    };

    /// <summary>One row per text, with labels 0, 1, 2, ... and outputs equal to the labels.</summary>
    public static DataFrame Texts(params string[] texts)
    {
        var labels = Enumerable.Range(0, texts.Length).Select(index => (double)index).ToArray();
        return new DataFrame(
            new PrimitiveDataFrameColumn<int>("id", Enumerable.Range(0, texts.Length)),
            new StringDataFrameColumn("text", texts),
            new PrimitiveDataFrameColumn<double>("label", labels),
            new PrimitiveDataFrameColumn<double>("output", labels));
    }
}
