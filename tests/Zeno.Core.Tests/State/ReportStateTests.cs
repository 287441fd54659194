using Zeno.Core.Config;
using Zeno.Core.Query.Tests;
using Zeno.Core.State;

namespace Zeno.Core.Tests.State;

public sealed class ReportStateTests : IDisposable
{
    private readonly StateFixture _fixture = new([StateFixture.ConfigSlice("hard ham", "group == \"hard_ham\"")]);

    private StateService State => _fixture.State;

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void A_report_holds_slices_metrics_models_a_transform_and_tests_in_canonical_form()
    {
        var shorts = State.CreateSlice(new SliceDraft("short", "length < 10"));

        var report = State.CreateReport(new ReportDraft(" Safety ")
        {
            SliceIds = [shorts.Id, "config:hard ham", StateIds.AllInstances],
            Metrics = ["accuracy", " f1 "],
            Models = new TestModels(TestModelsKind.List, ["small", "large"]),
            Transform = "obfuscate",
            Tests = [new ReportTest("config:hard ham", "accuracy", ">= 90%"), new ReportTest(shorts.Id, "f1", "between .5 and 1")],
        });

        Assert.Equal("Safety", report.Name);
        Assert.StartsWith("r_", report.Id, StringComparison.Ordinal);
        Assert.Equal(["accuracy", "f1"], report.Metrics);
        Assert.Equal([new ReportTest("config:hard ham", "accuracy", ">= 0.9"), new ReportTest(shorts.Id, "f1", "between 0.5 and 1")], report.Tests);
        Assert.Equal(report, State.GetReport(report.Id));
        Assert.Equal([report], State.ListReports());
    }

    [Fact]
    public void Updating_a_report_replaces_it_and_deleting_it_removes_its_charts()
    {
        var report = _fixture.Report("Safety", "config:hard ham");
        var chart = State.CreateChart(report.Id, new ChartDraft("by model", ChartType.Bar, new ChartEncoding(ChartDimension.Models)));

        var updated = State.UpdateReport(report.Id, 1, new ReportDraft("Safety v2") { Models = TestModels.All, Metrics = ["recall"] });

        Assert.Equal(new Report(report.Id, "Safety v2", [], ["recall"], TestModels.All, null, [], 2), updated);
        Assert.Equal(updated, State.GetReport(report.Id));
        State.DeleteReport(report.Id, 2);
        Assert.Empty(State.ListReports());
        Assert.Throws<StateNotFoundException>(() => State.GetChart(chart.Id));
    }

    [Fact]
    public void Renaming_a_slice_shows_the_new_name_in_the_report_and_its_tests_without_changing_the_report()
    {
        var slice = State.CreateSlice(new SliceDraft("short", "length < 10"));
        var report = State.CreateReport(new ReportDraft("Safety")
        {
            SliceIds = [slice.Id],
            Metrics = ["accuracy"],
            Tests = [new ReportTest(slice.Id, "accuracy", "> 0.8")],
        });

        State.UpdateSlice(slice.Id, 1, new SliceDraft("tiny", "length < 10"));

        var view = State.GetReportView(report.Id);
        Assert.Equal(report, view.Report);
        Assert.Equal([new StateRef(StateKind.Slice, slice.Id, "tiny")], view.Slices);
        Assert.Equal("Safety: tiny accuracy", Assert.Single(view.Tests).Name);
        Assert.Equal("tiny", Assert.Single(State.ListTests()).Slice.Name);
    }

    [Fact]
    public void Deleting_a_slice_that_reports_use_is_a_conflict_naming_them_and_force_removes_it_from_them()
    {
        var slice = State.CreateSlice(new SliceDraft("short", "length < 10"));
        var kept = State.CreateSlice(new SliceDraft("long", "length > 100"));
        var first = State.CreateReport(new ReportDraft("Safety")
        {
            SliceIds = [slice.Id, kept.Id],
            Metrics = ["accuracy"],
            Tests = [new ReportTest(slice.Id, "accuracy", "> 0.8"), new ReportTest(kept.Id, "accuracy", "> 0.5")],
        });
        var second = _fixture.Report("Drift", slice.Id);
        var unrelated = _fixture.Report("Other", kept.Id);

        var conflict = Assert.Throws<StateConflictException>(() => State.DeleteSlice(slice.Id, 1));
        Assert.Equal(["Safety", "Drift"], conflict.UsedBy.Select(r => r.Name));
        Assert.Contains("'Safety', 'Drift'", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(slice, State.GetSlice(slice.Id));

        var changed = State.DeleteSlice(slice.Id, 1, force: true);

        Assert.Throws<StateNotFoundException>(() => State.GetSlice(slice.Id));
        var firstNow = State.GetReport(first.Id);
        Assert.Equal(first with { SliceIds = [kept.Id], Tests = [new ReportTest(kept.Id, "accuracy", "> 0.5")], Version = 2 }, firstNow);
        Assert.Equal(second with { SliceIds = [], Version = 2 }, State.GetReport(second.Id));
        Assert.Equal(unrelated, State.GetReport(unrelated.Id));
        Assert.Equal([firstNow, State.GetReport(second.Id)], changed);
    }

    [Fact]
    public void A_report_refuses_unknown_slices_repeats_and_tests_outside_its_slices_and_metrics()
    {
        var slice = State.CreateSlice(new SliceDraft("short", "length < 10"));

        string Field(ReportDraft draft) => Assert.Throws<StateValidationException>(() => State.CreateReport(draft)).Field;

        Assert.Equal("sliceIds", Field(new ReportDraft("r") { SliceIds = ["s_999"] }));
        Assert.Equal("sliceIds", Field(new ReportDraft("r") { SliceIds = ["config:gone"] }));
        Assert.Equal("sliceIds", Field(new ReportDraft("r") { SliceIds = [slice.Id, slice.Id] }));
        Assert.Equal("metrics", Field(new ReportDraft("r") { Metrics = ["f1", "f1 "] }));
        Assert.Equal("models", Field(new ReportDraft("r") { Models = new TestModels(TestModelsKind.List, []) }));
        Assert.Equal("tests[0].sliceId", Field(new ReportDraft("r") { Metrics = ["f1"], Tests = [new ReportTest(slice.Id, "f1", "> 1")] }));
        Assert.Equal("tests[0].metric", Field(new ReportDraft("r") { SliceIds = [slice.Id], Tests = [new ReportTest(slice.Id, "f1", "> 1")] }));
        Assert.Equal("tests[1]", Field(new ReportDraft("r")
        {
            SliceIds = [slice.Id],
            Metrics = ["f1"],
            Tests = [new ReportTest(slice.Id, "f1", "> 0.1"), new ReportTest(slice.Id, "f1", "> 0.2")],
        }));
        Assert.Throws<ExpectationSyntaxException>(() => State.CreateReport(new ReportDraft("r")
        {
            SliceIds = [slice.Id],
            Metrics = ["f1"],
            Tests = [new ReportTest(slice.Id, "f1", "== 0.5")],
        }));
        Assert.Empty(State.ListReports());
    }

    [Fact]
    public void Report_names_are_unique()
    {
        _fixture.Report("Safety");

        Assert.Throws<DuplicateNameException>(() => _fixture.Report("Safety"));
    }

    [Fact]
    public void A_report_shows_a_config_slice_that_left_zeno_toml_as_missing_and_stays_editable()
    {
        var report = _fixture.Report("Safety", "config:hard ham");
        // The same store seen through a service whose zeno.toml no longer has the slice.
        var state = new StateService(_fixture.Store, [], []);

        Assert.Equal([new StateRef(StateKind.Slice, "config:hard ham", "hard ham", Missing: true)], state.GetReportView(report.Id).Slices);
        // The report stays editable while it holds the missing slice, but cannot gain another one.
        var renamed = state.UpdateReport(report.Id, 1, new ReportDraft("Safety v2") { SliceIds = report.SliceIds, Metrics = report.Metrics });
        Assert.Equal(["config:hard ham"], renamed.SliceIds);
        Assert.Throws<StateValidationException>(() => state.UpdateReport(report.Id, 2, new ReportDraft("Safety v2") { SliceIds = ["config:html"] }));
    }
}
