using Zeno.Core.Config;
using Zeno.Core.State;
using Zeno.Reports.Snapshot;
using Zeno.Reports.Tests.Snapshot;

namespace Zeno.Reports.Tests.Documents;

/// <summary>A snapshot of a report on <see cref="ReportProject"/> with a failing test, a passing one and two charts.</summary>
internal static class DocumentProject
{
    public static async Task<ReportSnapshot> SnapshotAsync(int extraSlices = 0, string name = "Quality review")
    {
        using var project = await ReportProject.OpenAsync();
        var ids = new List<string> { "all", "config:kind a", "config:long" };
        for (var i = 0; i < extraSlices; i++)
            ids.Add(project.State.CreateSlice(new SliceDraft($"length {i}", $"length >= {10 + i % 40}", null)).Id);
        var report = project.State.CreateReport(new ReportDraft(name)
        {
            SliceIds = ids,
            Metrics = ["accuracy"],
            Models = TestModels.All,
            // kind a: 75% / 80% / 90% correct → fails for v1 only; long: passes for every model.
            Tests = [new ReportTest("config:kind a", "accuracy", ">= 78%"), new ReportTest("config:long", "accuracy", "> 0.5")],
        });
        project.State.CreateChart(report.Id, new ChartDraft("Accuracy by slice", ChartType.Bar, new ChartEncoding(ChartDimension.Slices, ChartDimension.Models)));
        project.State.CreateChart(report.Id, new ChartDraft("Overlaps", ChartType.Heatmap, new ChartEncoding(ChartDimension.Slices)));
        using var builder = project.Builder(new FixedTime(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero)));
        return builder.Build(report.Id);
    }
}
