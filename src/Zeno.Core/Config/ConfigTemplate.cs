using System.Text;
using Zeno.Core.Data;

namespace Zeno.Core.Config;

/// <summary>
/// Writes the commented zeno.toml that <c>zeno init</c> creates: every key the project needs, set from what the data
/// showed, and the optional ones explained in comments so the file doubles as a reference.
/// </summary>
public static class ConfigTemplate
{
    /// <summary>The config text for a data file (path relative to the config), its columns and the guessed roles.</summary>
    public static string Write(string name, string dataFile, long rows, IReadOnlyList<InspectedColumn> columns, ColumnRoles roles)
    {
        var text = new StringBuilder();
        text.AppendLine($"# Zeno project for {dataFile} ({rows:N0} rows, {columns.Count} columns), written by `zeno init`.");
        text.AppendLine("# Reference: see the README's \"zeno.toml reference\". Paths are relative to this file.");
        text.AppendLine();
        text.AppendLine($"name = {TomlText.Basic(name)}");
        text.AppendLine($"data = {TomlText.Basic(dataFile)}");
        Key(text, "id_column", roles.IdColumn, "a column with a unique value per row (without one, Zeno numbers the rows)");
        Key(text, "data_column", roles.DataColumn, "the raw instance: text, or a file path under data_path");
        Key(text, "label_column", roles.LabelColumn, "the ground truth that metrics compare outputs with");
        text.AppendLine("# data_path = \".\"           # folder that file paths in data_column point into");
        text.AppendLine($"view = {TomlText.Basic(roles.View)}   # how the UI shows an instance (or a path to a custom view module)");
        text.AppendLine("functions = \"functions\"     # C# [Model], [Metric], [Distill] and [Transform] functions");
        text.AppendLine("# cache_path = \".zeno\"      # where computed columns and saved slices live");
        text.AppendLine("# batch_size = 256  parallelism = 2  port = 8231  host = \"127.0.0.1\"  samples = 30");
        text.AppendLine("# partition_rows = 122880   # default: an eighth of the rows, from 256 up to 122880 (one DuckDB row group)");
        text.AppendLine();
        text.AppendLine("# Column types are inferred; override one like this:");
        text.AppendLine("# [columns.some_column]");
        text.AppendLine("# type = \"nominal\"   # continuous | nominal | boolean | datetime | text");
        text.AppendLine("# Columns found:");
        foreach (var column in columns)
            text.AppendLine($"#   {column.Column.Name}: {column.Column.Type.ToString().ToLowerInvariant()} ({column.Column.SqlType}), e.g. {string.Join(", ", column.Examples.Take(2).Select(Shorten))}");
        text.AppendLine();
        WriteModels(text, roles);
        WriteMetrics(text, roles, columns);
        WriteSliceExample(text, roles, columns);
        return text.ToString();
    }

    private static void WriteModels(StringBuilder text, ColumnRoles roles)
    {
        if (roles.Models.Count == 0)
        {
            text.AppendLine("# Models: outputs from a predictions file, a column of the data, or the [Model] function.");
            text.AppendLine("# [[models]]");
            text.AppendLine("# name = \"my-model\"");
            text.AppendLine("# predictions = \"my-model.csv\"   # id column + output column");
            text.AppendLine();
            return;
        }
        foreach (var (model, column) in roles.Models)
        {
            text.AppendLine("[[models]]");
            text.AppendLine($"name = {TomlText.Basic(model)}");
            text.AppendLine($"output_column = {TomlText.Basic(column)}");
            text.AppendLine();
        }
    }

    private static void WriteMetrics(StringBuilder text, ColumnRoles roles, IReadOnlyList<InspectedColumn> columns)
    {
        var label = columns.FirstOrDefault(c => c.Column.Name == roles.LabelColumn);
        IEnumerable<string> metrics = label is null ? ["count"]
            : label.Column.Type == ColumnType.Continuous ? ["mae", "rmse"]
            : label.Column.Type == ColumnType.Text ? ["wer", "cer", "exact_match"]
            : ["accuracy", "error_rate", "f1"];
        foreach (var metric in metrics)
        {
            text.AppendLine("[[metrics]]");
            text.AppendLine($"name = {TomlText.Basic(metric)}");
            text.AppendLine($"type = {TomlText.Basic(metric)}");
            if (metric == "f1")
                text.AppendLine("average = \"macro\"   # or positive = \"class\" for binary F1");
            text.AppendLine();
        }
    }

    private static void WriteSliceExample(StringBuilder text, ColumnRoles roles, IReadOnlyList<InspectedColumn> columns)
    {
        var nominal = columns.FirstOrDefault(c => c.Column.Type == ColumnType.Nominal && c.Column.Name != roles.IdColumn && c.Examples.Count > 0
            && roles.Models.All(m => m.Column != c.Column.Name));
        if (nominal is not null)
        {
            var value = TypeInference.IsNumeric(nominal.Column.SqlType) ? nominal.Examples[0] : TomlText.Basic(nominal.Examples[0]);
            text.AppendLine("[[slices]]");
            text.AppendLine($"name = {TomlText.Basic($"{nominal.Column.Name} {nominal.Examples[0]}")}");
            text.AppendLine($"filter = '{FilterColumn(nominal.Column.Name)} == {value.Replace("'", "", StringComparison.Ordinal)}'");
            text.AppendLine();
        }
        text.AppendLine("# Behavioral tests: `zeno test` exits 1 when one fails.");
        text.AppendLine("# [[tests]]");
        text.AppendLine("# name = \"good enough overall\"");
        text.AppendLine("# slice = \"All instances\"");
        text.AppendLine("# metric = \"accuracy\"");
        text.AppendLine("# expect = \">= 80%\"");
    }

    private static void Key(StringBuilder text, string key, string? value, string comment) =>
        text.AppendLine(value is null ? $"# {key} = \"...\"   # {comment}" : $"{key} = {TomlText.Basic(value)}   # {comment}");

    private static string FilterColumn(string name) =>
        name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && !char.IsAsciiDigit(name[0]) ? name : $"`{name.Replace("`", "``", StringComparison.Ordinal)}`";

    private static string Shorten(string value) => value.Length > 40 ? value[..37] + "..." : value.ReplaceLineEndings(" ");
}
