using DuckDB.NET.Data;
using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Histograms;
using Zeno.Core.Tests.Query.Index;

namespace Zeno.Core.Tests.Query.Histograms;

/// <summary>
/// Layout measurements are kept with the store: a reopened project (a restarted server) cuts the same layouts without
/// a query, and a stored measurement it cannot read is measured again.
/// </summary>
public sealed class LayoutMeasurementTests
{
    public static TheoryData<string> Measurements => new()
    {
        new LayoutMeasurement.Range(-0.1, 1e300, false).ToJson(),
        new LayoutMeasurement.Range(null, null, true).ToJson(),
        new LayoutMeasurement.Time(new DateTime(2024, 2, 29, 13, 5, 7, 123), new DateTime(2025, 1, 1), false).ToJson(),
        new LayoutMeasurement.Time(null, null, true).ToJson(),
        new LayoutMeasurement.Values([new FilterValue.Text("say \"hi\" — été"), new FilterValue.Number(0.1), new FilterValue.Bool(false),
            new FilterValue.Date(new DateTime(2024, 1, 31))]).ToJson(),
        new LayoutMeasurement.Values([]).ToJson(),
    };

    [Theory]
    [MemberData(nameof(Measurements))]
    public void A_measurement_reads_back_as_itself(string json)
    {
        var read = LayoutMeasurement.FromJson(json);
        Assert.NotNull(read);
        Assert.Equal(json, read.ToJson());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"kind\":\"range\"}")]
    [InlineData("{\"kind\":\"shape\",\"min\":1}")]
    [InlineData("{\"kind\":\"values\",\"top\":[{\"colour\":\"red\"}]}")]
    [InlineData("{\"kind\":\"values\",\"top\":[{\"number\":\"NaN\"}]}")]
    public void Anything_else_is_no_measurement(string? json) => Assert.Null(LayoutMeasurement.FromJson(json));

    [Fact]
    public async Task A_reopened_project_cuts_the_same_layouts_without_a_query()
    {
        using var project = await CodeFileProject.CreateAsync(rows: 300);
        var (first, measured) = Plan(project);
        Assert.True(measured > 0, "the first plan measured nothing");

        await project.ReopenAsync();
        var (again, queries) = Plan(project);

        Assert.Equal(0, queries);
        Assert.Equal(Shapes(first), Shapes(again));
    }

    [Fact]
    public async Task A_stored_measurement_that_cannot_be_read_is_measured_again()
    {
        using var project = await CodeFileProject.CreateAsync(rows: 300);
        var (first, _) = Plan(project);
        foreach (var chart in first)
            project.Context.Store.CacheMeasure(LayoutProfiler.StoreKeyPrefix + chart.LayoutKey, "{\"kind\":\"range\",\"min\":");

        await project.ReopenAsync();
        var (again, queries) = Plan(project);

        Assert.True(queries > 0, "the unreadable measurements were not measured again");
        Assert.Equal(Shapes(first), Shapes(again));
    }

    // Every chart of the project planned as a fresh process plans it (empty caches), counting the connections asked for.
    private static (List<ChartPlan> Charts, int Queries) Plan(CodeFileProject project)
    {
        var context = project.Context;
        var view = context.View("a", null);
        var resolver = new ViewColumnResolver(view, context.Instances);
        using var connection = context.Store.OpenReader();
        var queries = 0;
        DuckDBConnection Ask()
        {
            queries++;
            return connection;
        }
        var layouts = new HistogramCache();
        var charts = CodeFileProject.Columns
            .Select(name => ChartPlanner.Plan(context, layouts, view, resolver, name, ("a", null), (20, BinSpec.DefaultBins), 0, Ask))
            .ToList();
        return (charts, queries);
    }

    private static List<string> Shapes(IEnumerable<ChartPlan> charts) =>
        [.. charts.SelectMany(chart => chart.Layout.Buckets(chart.Column).Select(bucket => $"{chart.Column}: {bucket.Label} {bucket.Filter}"))];
}
