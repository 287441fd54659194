namespace Zeno.Core.Tests.Pipeline;

public sealed class FunctionFailureTests
{
    private const string Failing = """
        public static class Fns
        {
            // Fails on exactly the texts that mention cash, as a real function fails on odd inputs.
            [Distill("cash_free")]
            public static DistillReturn CashFree(DataFrame batch, ZenoOptions options) =>
                new(batch.Columns[options.DataColumn!].Cast<string>().Select(t => t.Contains("cash") ? throw new FormatException($"cannot read '{t}'") : t.Length).ToArray());

            [Model]
            public static Func<DataFrame, ZenoOptions, ModelReturn> Load(string name) =>
                (batch, options) => new ModelReturn(Enumerable.Repeat("ham", (int)batch.Rows.Count).ToArray());
        }
        """;

    [Fact]
    public async Task Rows_a_function_throws_on_are_recorded_and_every_other_row_is_computed()
    {
        using var project = new SmallProject(Failing);
        using var opened = project.Open();
        var result = await opened.RunPipelineAsync();

        var step = Assert.Single(result.Steps, s => s.Key.Name == "cash_free");
        var texts = File.ReadAllLines(Path.Combine(project.Folder.Root, "data.csv")).Skip(1)
            .Select(line => line.Split(',')).ToDictionary(cells => cells[0].Trim('"'), cells => cells[1].Trim('"'));
        var expectedFailures = texts.Where(pair => pair.Value.Contains("cash", StringComparison.Ordinal)).Select(pair => pair.Key).Order().ToList();
        Assert.NotEmpty(expectedFailures);
        Assert.Equal(expectedFailures, step.Failures.Select(f => f.RowId).Order().ToList());
        Assert.All(step.Failures, f => Assert.Equal("FormatException", f.ErrorType));
        Assert.Contains("cannot read", step.Failures[0].Message, StringComparison.Ordinal);

        // Every other row has its value: the column holds exactly one non-null value per good row.
        var view = opened.View(null);
        using var connection = opened.Store.OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count({view.Find("cash_free")!.SqlExpression}) FROM {view.FromSql}";
        Assert.Equal((long)(texts.Count - expectedFailures.Count), Convert.ToInt64(command.ExecuteScalar()));
    }
}
