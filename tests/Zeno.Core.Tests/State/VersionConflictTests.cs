using Zeno.Core.State;

namespace Zeno.Core.Tests.State;

// Two browser tabs read the same object at version 1; the first save wins, the second learns what it missed.
public sealed class VersionConflictTests : IDisposable
{
    private readonly StateFixture _fixture = new();

    private StateService State => _fixture.State;

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void The_second_tab_saving_a_slice_gets_a_stale_version_error_with_the_current_slice()
    {
        var id = State.CreateSlice(new SliceDraft("short", "length < 10")).Id;
        var tabA = State.GetSlice(id);
        var tabB = State.GetSlice(id);

        var saved = State.UpdateSlice(id, tabA.Version, new SliceDraft("short", "length < 8"));
        var error = Assert.Throws<StaleVersionException>(() => State.UpdateSlice(id, tabB.Version, new SliceDraft("tiny", "length < 3")));

        Assert.Equal(saved, error.Current);
        Assert.Equal((StateKind.Slice, id, 1L, 2L), (error.Kind, error.Id, error.GivenVersion, error.CurrentVersion));
        Assert.Contains("version 1", error.Message, StringComparison.Ordinal);
        Assert.Equal(saved, State.GetSlice(id));
    }

    [Fact]
    public void The_second_tab_deleting_a_slice_it_saw_at_an_older_version_deletes_nothing()
    {
        var slice = State.CreateSlice(new SliceDraft("short", "length < 10"));
        var saved = State.UpdateSlice(slice.Id, 1, new SliceDraft("short", "length < 8"));

        var error = Assert.Throws<StaleVersionException>(() => State.DeleteSlice(slice.Id, 1));

        Assert.Equal(saved, error.Current);
        Assert.Equal(saved, State.GetSlice(slice.Id));
    }

    [Fact]
    public void The_second_tab_saving_a_report_or_a_tag_gets_the_current_one()
    {
        var report = _fixture.Report("Safety");
        var tag = State.CreateTag(new TagDraft("checked", ["1"]));

        var savedReport = State.UpdateReport(report.Id, 1, new ReportDraft("Safety") { Metrics = ["f1"] });
        var savedTag = State.UpdateTag(tag.Id, 1, new TagDraft("checked", ["1", "2"]));

        Assert.Equal(savedReport, Assert.Throws<StaleVersionException>(() => State.UpdateReport(report.Id, 1, new ReportDraft("Mine"))).Current);
        Assert.Equal(savedTag, Assert.Throws<StaleVersionException>(() => State.UpdateTag(tag.Id, 1, new TagDraft("mine", []))).Current);
        Assert.Equal(savedReport, Assert.Throws<StaleVersionException>(() => State.DeleteReport(report.Id, 1)).Current);
    }

    [Fact]
    public void A_version_from_the_future_is_stale_too()
    {
        var slice = State.CreateSlice(new SliceDraft("short", "length < 10"));

        Assert.Throws<StaleVersionException>(() => State.UpdateSlice(slice.Id, 7, new SliceDraft("short", "")));
    }
}
