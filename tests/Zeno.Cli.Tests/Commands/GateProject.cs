using Zeno.Core.Config;
using Zeno.Core.State;
using Zeno.Core.Store;
using Zeno.Tests.Support;

namespace Zeno.Cli.Tests.Commands;

/// <summary>
/// A small project for the gate and export tests (4 e-mails, one model as a data column, one zeno.toml test that
/// passes), with a way to save UI state — reports and their tests — straight through the state service, as the UI does.
/// </summary>
internal static class GateProject
{
    public static TempProject Create(string extraToml = "")
    {
        var project = new TempProject();
        project.WriteCsv("data.csv", ["id", "label", "guess", "kind"],
        [
            ["a", "spam", "spam", "x"], ["b", "ham", "spam", "x"], ["c", "ham", "ham", "y"], ["d", "spam", "spam", "y"],
        ]);
        project.Write("zeno.toml", $$"""
            name = "gate"
            data = "data.csv"
            id_column = "id"
            label_column = "label"

            [[models]]
            name = "m"
            output_column = "guess"

            [[metrics]]
            name = "accuracy"
            type = "accuracy"

            [[slices]]
            name = "kind x"
            filter = 'kind == "x"'

            [[tests]]
            name = "overall"
            slice = "All instances"
            metric = "accuracy"
            expect = ">= 0.5"
            {{extraToml}}
            """);
        return project;
    }

    /// <summary>Saves a report with one test on a slice, as the UI would (the store is closed again afterwards).</summary>
    public static Report SaveReport(TempProject project, string name, string sliceId, string expect, Func<StateService, string>? makeSlice = null)
    {
        var config = ConfigLoader.Load(project.ConfigPath);
        using var store = ZenoStore.Open(config.CachePath);
        var state = new StateService(store, config);
        var slice = makeSlice?.Invoke(state) ?? sliceId;
        var report = state.CreateReport(new ReportDraft(name)
        {
            SliceIds = [slice], Metrics = ["accuracy"], Tests = [new ReportTest(slice, "accuracy", expect)],
        });
        state.CreateChart(report.Id, new ChartDraft("by slice", ChartType.Bar, new ChartEncoding(ChartDimension.Slices)));
        return report;
    }
}
