using Zeno.Core.Config;
using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Filters;
using Zeno.Core.State;
using Zeno.Reports.Snapshot;

namespace Zeno.Reports.Tests.Snapshot;

public sealed class ReportSnapshotTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    private static Report SaveReport(ReportProject project, string name = "Quality", IReadOnlyList<ReportTest>? tests = null, string[]? sliceIds = null)
    {
        var shortOnes = project.State.CreateSlice(new SliceDraft("short", "length < 20", null));
        return project.State.CreateReport(new ReportDraft(name)
        {
            SliceIds = sliceIds ?? ["all", "config:kind a", shortOnes.Id],
            Metrics = ["accuracy", "count"],
            Models = TestModels.All,
            Tests = tests ?? [new ReportTest("config:kind a", "accuracy", ">= 80%"), new ReportTest(shortOnes.Id, "count", "> 5")],
        });
    }

    [Fact]
    public async Task Every_value_is_the_metric_evaluators_value_for_the_same_slice_and_model()
    {
        using var project = await ReportProject.OpenAsync();
        var report = SaveReport(project);
        using var builder = project.Builder(new FixedTime(Noon));

        var snapshot = builder.Build(report.Id);

        Assert.Equal(["v1", "v2", "v3"], snapshot.Models);
        Assert.Equal("reviews", snapshot.Project);
        Assert.Equal(Noon, snapshot.Created);
        Assert.Equal(["All instances", "kind a", "short"], snapshot.Slices.Select(s => s.Name));
        Assert.Equal(["", "kind == \"a\"", "length < 20"], snapshot.Slices.Select(s => s.Filter));
        Assert.Equal("by kind", snapshot.Slices[1].Folder);
        Func<ReportProject.Row, bool>[] filters = [_ => true, r => r.Kind == "a", r => r.Length < 20];
        using var evaluator = new MetricEvaluator(project.Project.EvaluationContext());
        var accuracy = project.Project.Config.Metrics[0];
        for (var i = 0; i < filters.Length; i++)
        {
            foreach (var model in snapshot.Models)
            {
                Assert.Equal(ReportProject.Accuracy(model, filters[i])!.Value, snapshot.Slices[i].Value(model, "accuracy")!.Value, 12);
                Assert.Equal(ReportProject.Rows.Count(filters[i]), snapshot.Slices[i].Size(model));
                Assert.Equal(ReportProject.Rows.Count(filters[i]), snapshot.Slices[i].Value(model, "count"));
            }
        }
        // The same number the query layer gives for the same filter.
        var viaEvaluator = evaluator.Evaluate(FilterParser.Parse("kind == \"a\""), "v2", null, accuracy).Value;
        Assert.Equal(viaEvaluator, snapshot.Slices[1].Value("v2", "accuracy"));
        Assert.True(snapshot.Metrics[0].Percent);
        Assert.False(snapshot.Metrics[1].Percent);
    }

    [Fact]
    public async Task Tests_get_a_verdict_per_model_and_the_failing_tests_of_the_latest_model_are_counted()
    {
        using var project = await ReportProject.OpenAsync();
        var report = SaveReport(project);
        using var builder = project.Builder();

        var snapshot = builder.Build(report.Id);

        var kindA = snapshot.TestOf("config:kind a", "accuracy")!;
        var expected = snapshot.Models.Select(model => ReportProject.Accuracy(model, r => r.Kind == "a") >= 0.8).ToList();
        Assert.Equal(expected, kindA.Results.Select(r => r.Passed));
        Assert.Equal(">= 0.8", kindA.Expect);
        Assert.Equal("Quality: kind a accuracy", kindA.Name);
        Assert.All(snapshot.TestOf(snapshot.Slices[2].Id, "count")!.Results, r => Assert.True(r.Passed));
        Assert.Equal(6, snapshot.Counts.Checks);
        Assert.Equal(expected.Count(pass => !pass), snapshot.Counts.Failed);
        Assert.Equal(expected[^1] ? 0 : 1, snapshot.Counts.FailingLatest);
        Assert.Equal(["v1", "v2", "v3"], snapshot.TestedModels);
    }

    [Fact]
    public async Task A_slice_removed_from_zeno_toml_stays_in_the_report_as_missing_and_its_test_is_an_error()
    {
        using var project = await ReportProject.OpenAsync();
        var report = SaveReport(project);
        await project.ReopenAsync(ReportProject.Config.Replace("name = \"kind a\"", "name = \"kind A\"", StringComparison.Ordinal));
        using var builder = project.Builder();

        var snapshot = builder.Build(report.Id);

        var missing = snapshot.Slices.Single(s => s.Id == "config:kind a");
        Assert.True(missing.Missing);
        Assert.Empty(missing.Cells);
        Assert.Contains(snapshot.Notes, note => note.Contains("kind a", StringComparison.Ordinal));
        var result = Assert.Single(snapshot.TestOf("config:kind a", "accuracy")!.Results, r => r.Model == "v3");
        Assert.False(result.Passed);
        Assert.Contains("no longer in zeno.toml", result.Error, StringComparison.Ordinal);
        Assert.Equal(3, snapshot.Counts.Errors);
        Assert.Equal(1, snapshot.Counts.FailingLatest);
    }

    [Fact]
    public async Task A_heat_map_holds_the_latest_model_and_the_first_metric_and_counts_each_intersection()
    {
        using var project = await ReportProject.OpenAsync();
        var report = SaveReport(project);
        project.State.CreateChart(report.Id, new ChartDraft("overlaps", ChartType.Heatmap, new ChartEncoding(ChartDimension.Slices)));
        using var builder = project.Builder();

        var chart = Assert.Single(builder.Build(report.Id).Charts);

        Assert.Equal(new ChartHeld(null, "v3", "accuracy"), chart.Held);
        var cell = chart.Intersections!.Single(c => c.Row == "kind a" && c.Column == "short");
        bool Both(ReportProject.Row r) => r.Kind == "a" && r.Length < 20;
        Assert.Equal(ReportProject.Rows.Count(Both), cell.Size);
        Assert.Equal(ReportProject.Accuracy("v3", Both)!.Value, cell.Value!.Value, 12);
        Assert.Equal(9, chart.Intersections!.Count);
        Assert.Equal(cell.Size, chart.Intersections!.Single(c => c.Row == "short" && c.Column == "kind a").Size);
    }

    [Fact]
    public async Task A_chart_drawn_with_other_held_values_shows_them_and_an_unknown_one_names_the_valid_ones()
    {
        using var project = await ReportProject.OpenAsync();
        var report = SaveReport(project);
        var chart = project.State.CreateChart(report.Id, new ChartDraft("by slice", ChartType.Bar, new ChartEncoding(ChartDimension.Slices)));
        using var builder = project.Builder();

        var data = builder.Chart(report.Id, chart.Id, new ChartHeld(null, "v1", "count"));

        Assert.Equal("v1", data.Held[ChartDimension.Models]);
        Assert.Equal("count", data.Held[ChartDimension.Metrics]);
        Assert.False(data.Percent);
        Assert.Equal(ReportProject.Rows.Count(r => r.Kind == "a"), data.Values[("kind a", "v1", "count")]);
        var e = Assert.Throws<UnknownNameException>(() => builder.Chart(report.Id, chart.Id, new ChartHeld(null, "v9", null)));
        Assert.Contains("v1, v2, v3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_analysis_table_has_every_slice_when_none_is_named()
    {
        using var project = await ReportProject.OpenAsync();
        using var builder = project.Builder();

        var table = builder.Table(null, "accuracy", null);

        Assert.Equal(["All instances", "kind a", "long"], table.Rows.Select(r => r.Name));
        Assert.Equal(ReportProject.Accuracy("v1", r => r.Length >= 30)!.Value, table.Rows[2].Value("v1", "accuracy")!.Value, 12);
        // 75% → 80% → 90% over all rows: a steady rise is neither a regression nor volatile.
        Assert.Empty(table.Rows[0].Trends[0].Markers);
        Assert.Throws<UnknownNameException>(() => builder.Table(null, "acuracy", null));
    }
}

/// <summary>A clock stopped at one moment, so snapshot dates are testable.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
