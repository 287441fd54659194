using Zeno.Core.State;
using Zeno.Core.Store;

namespace Zeno.Core.Tests.State;

// Each write is one transaction: a failure part-way through (here: a table the write needs late is made to vanish)
// leaves exactly the state before it.
public sealed class StateTransactionTests : IDisposable
{
    private readonly StateFixture _fixture = new();

    private StateService State => _fixture.State;

    public void Dispose() => _fixture.Dispose();

    private void Rename(string from, string to) =>
        _fixture.Store.Write(connection => ZenoStore.Execute(connection, $"ALTER TABLE {from} RENAME TO {to}"));

    [Fact]
    public void A_folder_delete_that_fails_after_moving_the_slices_leaves_folder_and_slices_as_they_were()
    {
        var folder = State.CreateFolder("content");
        var slice = State.CreateSlice(new SliceDraft("short", "length < 10", folder.Id));
        Rename("state_tags", "state_tags_away");

        Assert.ThrowsAny<Exception>(() => State.DeleteFolder(folder.Id, 1));

        Rename("state_tags_away", "state_tags");
        Assert.Equal(folder, State.GetFolder(folder.Id));
        Assert.Equal(slice, State.GetSlice(slice.Id));
    }

    [Fact]
    public void A_report_update_that_fails_after_rewriting_its_slices_leaves_the_old_report()
    {
        var slice = State.CreateSlice(new SliceDraft("short", "length < 10"));
        var report = State.CreateReport(new ReportDraft("Safety")
        {
            SliceIds = [slice.Id],
            Metrics = ["accuracy"],
            Tests = [new ReportTest(slice.Id, "accuracy", "> 0.5")],
        });
        Rename("state_report_tests", "state_report_tests_away");

        Assert.ThrowsAny<Exception>(() => State.UpdateReport(report.Id, 1, new ReportDraft("Renamed") { Metrics = ["f1"] }));

        Rename("state_report_tests_away", "state_report_tests");
        Assert.Equal(report, State.GetReport(report.Id));
    }

    [Fact]
    public void A_forced_slice_delete_that_fails_half_way_keeps_the_slice_and_its_reports()
    {
        var slice = State.CreateSlice(new SliceDraft("short", "length < 10"));
        var report = _fixture.Report("Safety", slice.Id);
        // The reports are rewritten first; deleting the slice's row is the step that fails.
        // A read-only view in the table's place lets every read succeed and the final DELETE fail.
        Rename("state_slices", "state_slices_away");
        _fixture.Store.Write(connection => ZenoStore.Execute(connection, "CREATE VIEW state_slices AS SELECT * FROM state_slices_away"));

        Assert.ThrowsAny<Exception>(() => State.DeleteSlice(slice.Id, 1, force: true));

        _fixture.Store.Write(connection => ZenoStore.Execute(connection, "DROP VIEW state_slices"));
        Rename("state_slices_away", "state_slices");
        Assert.Equal(slice, State.GetSlice(slice.Id));
        Assert.Equal(report, State.GetReport(report.Id));
    }
}
