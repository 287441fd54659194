using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Zeno.Core.Config;
using Zeno.Core.Data;
using Zeno.Core.Errors;

namespace Zeno.Cli.Commands;

/// <summary><c>zeno init</c>: look at a data file and write a commented zeno.toml and an example functions folder.</summary>
internal sealed class InitCommand : Command<InitCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<DATA_FILE>")]
        [Description("The instance table: CSV, TSV, Parquet or JSONL.")]
        public string DataFile { get; init; } = "";

        [CommandOption("--out <DIR>")]
        [Description("Where to write zeno.toml and functions/ (default: the data file's folder).")]
        public string? Out { get; init; }

        [CommandOption("--force")]
        [Description("Overwrite an existing zeno.toml.")]
        public bool Force { get; init; }

        [CommandOption("-v|--verbose")]
        [Description("Show stack traces of errors.")]
        public bool Verbose { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Console;
        var dataFile = Path.GetFullPath(settings.DataFile);
        var folder = Path.GetFullPath(settings.Out ?? Path.GetDirectoryName(dataFile)!);
        var configPath = Path.Combine(folder, ConfigLoader.DefaultFileName);
        if (File.Exists(configPath) && !settings.Force)
            throw new ZenoException($"{configPath} already exists") { Hint = "Pass --force to overwrite it, or --out to write elsewhere." };

        var (rows, columns) = console.Status().Start($"Reading {settings.DataFile}...", _ => DataInspector.Inspect(dataFile));
        var roles = ColumnRoles.Guess(rows, columns);
        Directory.CreateDirectory(folder);
        var relativeData = Path.GetRelativePath(folder, dataFile).Replace('\\', '/');
        File.WriteAllText(configPath, ConfigTemplate.Write(new DirectoryInfo(folder).Name, relativeData, rows, columns, roles));
        var functions = Path.Combine(folder, "functions");
        Directory.CreateDirectory(functions);
        var example = Path.Combine(functions, "ExampleFunctions.cs");
        if (!File.Exists(example))
            File.WriteAllText(example, FunctionsTemplate.Write(roles.DataColumn));

        var table = new Table().AddColumn("column").AddColumn("type").AddColumn("role");
        foreach (var column in columns)
            table.AddRow(Markup.Escape(column.Column.Name), column.Column.Type.ToString().ToLowerInvariant(), Role(column.Column.Name, roles));
        console.Write(table);
        console.MarkupLineInterpolated($"wrote [bold]{configPath}[/] and [bold]{example}[/]");
        console.MarkupLineInterpolated($"next: check the guesses in zeno.toml, then run [bold]zeno run {Path.GetRelativePath(Environment.CurrentDirectory, configPath)}[/]");
        return ExitCodes.Ok;
    }

    private static string Role(string column, ColumnRoles roles) =>
        column == roles.IdColumn ? "id" : column == roles.DataColumn ? "data" : column == roles.LabelColumn ? "label"
        : roles.Models.FirstOrDefault(m => m.Column == column) is { Model: { } model } ? $"output of {Markup.Escape(model)}" : "metadata";
}
