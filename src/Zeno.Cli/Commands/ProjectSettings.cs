using System.ComponentModel;
using Spectre.Console.Cli;

namespace Zeno.Cli.Commands;

/// <summary>Arguments every project command takes.</summary>
internal class ProjectSettings : CommandSettings
{
    [CommandArgument(0, "<CONFIG>")]
    [Description("The project's zeno.toml (or the folder holding it).")]
    public string Config { get; init; } = "";

    [CommandOption("-v|--verbose")]
    [Description("Show stack traces of errors.")]
    public bool Verbose { get; init; }
}
