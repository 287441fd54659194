using Zeno.Core.State;

namespace Zeno.Core.Tests.State;

public sealed class ChartStateTests : IDisposable
{
    private readonly StateFixture _fixture = new();

    private StateService State => _fixture.State;

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void A_chart_belongs_to_a_report_and_keeps_its_type_and_encoding()
    {
        var report = _fixture.Report("Safety");
        var encoding = new ChartEncoding(ChartDimension.Slices, ChartDimension.Models, ChartDimension.Metrics);

        var chart = State.CreateChart(report.Id, new ChartDraft("overview", ChartType.Beeswarm, encoding));

        Assert.Equal(new Chart(chart.Id, report.Id, "overview", ChartType.Beeswarm, encoding, 1), chart);
        Assert.Equal(chart, State.GetChart(chart.Id));
        Assert.Equal([chart], State.ListCharts(report.Id));
        Assert.Equal([chart], State.GetReportView(report.Id).Charts);
        Assert.Equal(1, State.GetReport(report.Id).Version);
    }

    [Fact]
    public void Updating_and_deleting_a_chart_follow_its_version()
    {
        var report = _fixture.Report("Safety");
        var chart = State.CreateChart(report.Id, new ChartDraft("trend", ChartType.Line, new ChartEncoding(ChartDimension.Models, ChartDimension.Slices)));

        var updated = State.UpdateChart(chart.Id, 1, new ChartDraft("grid", ChartType.Heatmap, new ChartEncoding(ChartDimension.Slices, ChartDimension.Models)));

        Assert.Equal(new Chart(chart.Id, report.Id, "grid", ChartType.Heatmap, new ChartEncoding(ChartDimension.Slices, ChartDimension.Models), 2), updated);
        Assert.Throws<StaleVersionException>(() => State.DeleteChart(chart.Id, 1));
        State.DeleteChart(chart.Id, 2);
        Assert.Empty(State.ListCharts(report.Id));
    }

    [Fact]
    public void A_chart_needs_an_existing_report_a_free_name_and_one_channel_per_dimension()
    {
        var report = _fixture.Report("Safety");
        var other = _fixture.Report("Other");
        var bar = new ChartDraft("bars", ChartType.Bar, new ChartEncoding(ChartDimension.Slices));
        State.CreateChart(report.Id, bar);

        Assert.Throws<StateNotFoundException>(() => State.CreateChart("r_999", bar));
        Assert.Throws<DuplicateNameException>(() => State.CreateChart(report.Id, bar));
        Assert.NotNull(State.CreateChart(other.Id, bar));
        var twice = Assert.Throws<StateValidationException>(() => State.CreateChart(report.Id,
            new ChartDraft("radar", ChartType.Radar, new ChartEncoding(ChartDimension.Metrics, ChartDimension.Metrics))));
        Assert.Equal("encoding", twice.Field);
    }
}
