namespace Zeno.Core.Config;

/// <summary>The example functions file <c>zeno init</c> writes, so a new project shows the API in working code.</summary>
public static class FunctionsTemplate
{
    /// <summary>A C# file with one [Distill] that fits the data: word counts for text, missing values otherwise.</summary>
    public static string Write(string? dataColumn) => dataColumn is null ? Tabular : Text;

    private const string Text = """
        // Example Zeno functions, compiled when the project starts. Add [Model], [Metric], [Distill] and [Transform]
        // methods to any .cs file in this folder; usings for System.*, Microsoft.Data.Analysis and Zeno are implicit.

        public static class ExampleFunctions
        {
            // A distill adds a metadata column: one value per row of the batch. Slice on it in the UI or zeno.toml,
            // e.g. filter = 'word_count < 10'.
            [Distill("word_count")]
            public static DistillReturn WordCount(DataFrame batch, ZenoOptions options)
            {
                var texts = batch.Columns[options.DataColumn!];
                var counts = new long[batch.Rows.Count];
                for (var i = 0; i < counts.Length; i++)
                    counts[i] = (texts[i] as string ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
                return new DistillReturn(counts);
            }
        }

        """;

    private const string Tabular = """
        // Example Zeno functions, compiled when the project starts. Add [Model], [Metric], [Distill] and [Transform]
        // methods to any .cs file in this folder; usings for System.*, Microsoft.Data.Analysis and Zeno are implicit.

        public static class ExampleFunctions
        {
            // A distill adds a metadata column: one value per row of the batch. Slice on it in the UI or zeno.toml,
            // e.g. filter = 'missing_values > 0'.
            [Distill("missing_values")]
            public static DistillReturn MissingValues(DataFrame batch, ZenoOptions options)
            {
                var counts = new long[batch.Rows.Count];
                foreach (var column in batch.Columns)
                    for (var i = 0; i < counts.Length; i++)
                        if (column[i] is null)
                            counts[i]++;
                return new DistillReturn(counts);
            }
        }

        """;
}
