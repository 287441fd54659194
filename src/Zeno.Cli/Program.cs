using Spectre.Console.Cli;
using Zeno.Cli;
using Zeno.Cli.Commands;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("zeno");
    config.SetApplicationVersion(typeof(ExitCodes).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
    config.SetExceptionHandler((exception, _) => ErrorOutput.Report(exception, ErrorOutput.Verbose(args)));
    config.AddCommand<InitCommand>("init")
        .WithDescription("Write a commented zeno.toml (and an example functions/ folder) for a data file.")
        .WithExample("init", "data.csv")
        .WithExample("init", "predictions.parquet", "--out", "my-project");
    config.AddCommand<RunCommand>("run")
        .WithDescription("Run the pipeline (cached) and print each slice's size and metrics for every model.")
        .WithExample("run", "zeno.toml")
        .WithExample("run", "zeno.toml", "--json", "results.json");
    config.AddCommand<TestCommand>("test")
        .WithDescription("Evaluate the behavioral tests. Exit code 0: all pass, 1: a test fails, 2: an error.")
        .WithExample("test", "zeno.toml", "--junit", "results.xml")
        .WithExample("test", "zeno.toml", "--junit", "results.xml", "--markdown", "summary.md");
    config.AddCommand<ServeCommand>("serve")
        .WithDescription("Serve the project's UI and HTTP API; missing columns are computed in the background.")
        .WithExample("serve", "zeno.toml")
        .WithExample("serve", "zeno.toml", "--host", "0.0.0.0", "--read-only");
    config.AddCommand<ExportCommand>("export")
        .WithDescription("Export a report saved in the UI as PDF, HTML and/or JSON (aggregates only).")
        .WithExample("export", "zeno.toml", "--report", "\"Hard cases\"", "--pdf", "hard-cases.pdf")
        .WithExample("export", "zeno.toml", "--report", "Quality", "--html", "quality.html", "--json", "quality.json");
    config.AddCommand<ExportStateCommand>("export-state")
        .WithDescription("Print the slices and tests made in the UI as zeno.toml snippets (stop `zeno serve` first).")
        .WithExample("export-state", "zeno.toml", "--out", "ui-slices.toml");
    config.AddCommand<DemoCommand>("demo")
        .WithDescription("Copy the built-in spam-filter demo to a folder, run it and serve it.")
        .WithExample("demo")
        .WithExample("demo", "--dir", "/tmp/zeno-demo");
});

// Redirected output (CI logs, pipes) is read by people and tools: wide tables, no wrapped lines.
if (Console.IsOutputRedirected)
    Spectre.Console.AnsiConsole.Profile.Width = 200;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl-C stops after the partitions in flight; committed work is kept for the next run.
    e.Cancel = true;
    cancellation.Cancel();
};
return await app.RunAsync(args, cancellation.Token);
