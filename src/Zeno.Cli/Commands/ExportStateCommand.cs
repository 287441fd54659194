using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Zeno.Core.Config;
using Zeno.Core.State;
using Zeno.Core.Store;

namespace Zeno.Cli.Commands;

/// <summary>
/// <c>zeno export-state</c>: the slices and report tests made in the UI as zeno.toml snippets, so they can move into
/// the config (and into code review, and the CI gate).
/// </summary>
internal sealed class ExportStateCommand : Command<ExportStateCommand.Settings>
{
    internal sealed class Settings : ProjectSettings
    {
        [CommandOption("--out <FILE>")]
        [Description("Write the snippets to a file instead of standard output.")]
        public string? Out { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var config = ConfigLoader.Load(settings.Config);
        string toml;
        using (var store = ZenoStore.Open(config.CachePath))
            toml = new StateService(store, config).ExportToml();
        if (settings.Out is null)
        {
            Console.Out.Write(toml);
            return ExitCodes.Ok;
        }
        File.WriteAllText(settings.Out, toml);
        AnsiConsole.MarkupLineInterpolated($"wrote {settings.Out}: paste its [[[slices]]] and [[[tests]]] into {config.ConfigPath}");
        return ExitCodes.Ok;
    }
}
