using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Tests;
using Zeno.Core.State;

namespace Zeno.Reports.Snapshot;

/// <summary>
/// Builds what the exports and the Analysis page show from a project's current columns and saved state: a report's
/// <see cref="ReportSnapshot"/>, one chart with other held values, a report's test summary, and the Analysis table.
/// Holds one <see cref="MetricEvaluator"/> (one connection, the [Metric] cache) for everything it builds; dispose it.
/// </summary>
public sealed partial class ReportSnapshotBuilder : IDisposable
{
    private readonly EvaluationContext _context;
    private readonly StateService _state;
    private readonly TimeProvider _time;
    private readonly MetricEvaluator _evaluator;

    /// <summary>A builder over a project's evaluation context and state; <paramref name="time"/> dates the snapshots.</summary>
    public ReportSnapshotBuilder(EvaluationContext context, StateService state, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(state);
        _context = context;
        _state = state;
        _time = time ?? TimeProvider.System;
        _evaluator = new MetricEvaluator(context);
    }

    private IReadOnlyList<string> Models => [.. _context.Config.Models.Select(model => model.Name)];

    /// <summary>The whole report: table, trends, tests with verdicts, and every chart with its default held values.</summary>
    /// <exception cref="StateNotFoundException">No report has this id.</exception>
    public ReportSnapshot Build(string reportId)
    {
        var view = _state.GetReportView(reportId);
        var report = view.Report;
        var notes = new ReportNotes();
        var specs = SliceSpecs.Of(_state, view.Slices);
        var slices = new SliceTable(_context, _evaluator, notes).Build(specs, report.Metrics, report.Transform);
        var tests = Tests(reportId);
        var metrics = Describe(report.Metrics, slices);
        var models = Models;
        var tested = TestEvaluator.ModelsOf(report.Models, models).Where(m => m.Problem is null).Select(m => m.Model).ToList();
        var partial = new ReportSnapshot(ReportSnapshot.CurrentFormat, _context.Config.Name, report.Id, report.Name, _time.GetUtcNow(),
            models, tested, metrics, report.Transform, slices, tests, Count(tests, models), [], []);
        var charts = view.Charts.Select(chart => Chart(partial, specs, chart, null, notes)).ToList();
        return partial with { Charts = charts, Notes = notes.ToList() };
    }

    /// <summary>
    /// One chart of a report as the painter draws it, holding <paramref name="requested"/>'s slice, model or metric
    /// where the chart holds that dimension fixed (the defaults elsewhere). Computes the table, not the tests.
    /// </summary>
    /// <exception cref="StateNotFoundException">No report or chart has this id.</exception>
    /// <exception cref="UnknownNameException">The chart is not the report's, or a requested value is not one of the report's.</exception>
    public Charts.ChartData Chart(string reportId, string chartId, ChartHeld? requested)
    {
        var view = _state.GetReportView(reportId);
        var chart = view.Charts.FirstOrDefault(c => c.Id == chartId)
            ?? throw new UnknownNameException("chart", chartId, [.. view.Charts.Select(c => c.Id)], $"report '{view.Report.Name}'");
        var notes = new ReportNotes();
        var specs = SliceSpecs.Of(_state, view.Slices);
        var slices = new SliceTable(_context, _evaluator, notes).Build(specs, view.Report.Metrics, view.Report.Transform);
        var metrics = Describe(view.Report.Metrics, slices);
        var snapshot = new ReportSnapshot(ReportSnapshot.CurrentFormat, _context.Config.Name, view.Report.Id, view.Report.Name, _time.GetUtcNow(),
            Models, [], metrics, view.Report.Transform, slices, [], new SnapshotTestCounts(0, 0, 0, 0, 0, 0), [], []);
        return SnapshotCharts.ToChartData(snapshot, Chart(snapshot, specs, chart, requested, notes));
    }

    private SnapshotChart Chart(ReportSnapshot snapshot, IReadOnlyList<SliceSpec> specs, Chart chart, ChartHeld? requested, ReportNotes notes)
    {
        var held = ChartHelds.Resolve(chart.Type, chart.Encoding, [.. snapshot.Slices.Where(s => !s.Missing).Select(s => s.Name)], snapshot.Models,
            [.. snapshot.Metrics.Select(m => m.Name)], requested, snapshot.Report);
        var intersections = chart.Type == ChartType.Heatmap
            ? new HeatmapIntersections(_context, _evaluator, notes).Compute(specs, held.Model, held.Metric, snapshot.Transform)
            : null;
        return new SnapshotChart(chart.Id, chart.Name, chart.Type, chart.Encoding, held, intersections);
    }

    private List<SnapshotMetric> Describe(IReadOnlyList<string> names, IReadOnlyList<SnapshotSlice> slices) =>
        [.. names.Select(name => MetricScale.Describe(name, _context.Config.Metrics.FirstOrDefault(m => m.Name == name),
            slices.SelectMany(slice => slice.Cells).Select(cell => cell.Values.GetValueOrDefault(name))))];

    /// <inheritdoc />
    public void Dispose() => _evaluator.Dispose();
}
