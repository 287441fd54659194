using Zeno.Core.Config;
using Zeno.Core.State;

namespace Zeno.Core.Tests.State;

public sealed class ConfigStateTests : IDisposable
{
    private readonly StateFixture _fixture = new(
        [StateFixture.ConfigSlice("hard ham", "group == \"hard_ham\"", "by group"), StateFixture.ConfigSlice("html", "has_html == true")],
        [StateFixture.ConfigTest("hard ham is safe", "hard ham", "accuracy", ">= 90%"), StateFixture.ConfigTest("overall", "All instances", "accuracy", "> 0.9")]);

    private StateService State => _fixture.State;

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Config_slices_are_listed_read_only_before_the_ui_slices()
    {
        var mine = State.CreateSlice(new SliceDraft("short", "length < 10"));

        var slices = State.ListSlices();

        Assert.Equal(["config:hard ham", "config:html", mine.Id], slices.Select(s => s.Id));
        var hardHam = slices[0];
        Assert.True(hardHam.ReadOnly);
        Assert.Equal(StateSource.Config, hardHam.Source);
        Assert.Equal("config:by group", hardHam.FolderId);
        Assert.Equal("group == \"hard_ham\"", hardHam.Filter);
        Assert.Equal(hardHam, State.GetSlice("config:hard ham"));
        Assert.Equal(StateSource.User, slices[2].Source);
    }

    [Fact]
    public void Writing_to_a_config_slice_or_folder_is_refused_as_read_only()
    {
        var update = Assert.Throws<ReadOnlyStateException>(() => State.UpdateSlice("config:hard ham", 0, new SliceDraft("x", "")));
        Assert.Throws<ReadOnlyStateException>(() => State.DeleteSlice("config:hard ham", 0, force: true));
        Assert.Throws<ReadOnlyStateException>(() => State.RenameFolder("config:by group", 0, "groups"));
        Assert.Throws<ReadOnlyStateException>(() => State.DeleteFolder("config:by group", 0));

        Assert.Equal((StateKind.Slice, "config:hard ham"), (update.Kind, update.Id));
        Assert.Contains("zeno.toml", update.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ui_slice_cannot_take_a_config_slice_name_or_the_built_in_one()
    {
        var taken = Assert.Throws<DuplicateNameException>(() => State.CreateSlice(new SliceDraft("hard ham", "")));
        Assert.True(taken.InConfig);
        Assert.Throws<DuplicateNameException>(() => State.CreateSlice(new SliceDraft("All instances", "")));
        var mine = State.CreateSlice(new SliceDraft("short", ""));
        Assert.Throws<DuplicateNameException>(() => State.UpdateSlice(mine.Id, 1, new SliceDraft("html", "")));
        Assert.Throws<DuplicateNameException>(() => State.CreateFolder("by group"));
    }

    [Fact]
    public void Config_folders_are_listed_read_only_and_ui_slices_may_go_in_them()
    {
        var folders = State.ListFolders();

        Assert.Equal([new Folder("config:by group", "by group", 0) { Source = StateSource.Config }], folders);
        Assert.True(folders[0].ReadOnly);
        Assert.Equal("config:by group", State.CreateSlice(new SliceDraft("spam group", "group == \"spam\"", "config:by group")).FolderId);
    }

    [Fact]
    public void Config_tests_are_listed_read_only_beside_report_tests()
    {
        var mine = State.CreateSlice(new SliceDraft("short", "length < 10"));
        var report = State.CreateReport(new ReportDraft("Safety")
        {
            SliceIds = ["config:hard ham", mine.Id],
            Metrics = ["accuracy"],
            Models = TestModels.All,
            Tests = [new ReportTest(mine.Id, "accuracy", "> 0.5")],
        });

        var tests = State.ListTests();

        Assert.Equal(["hard ham is safe", "overall", "Safety: short accuracy"], tests.Select(t => t.Name));
        Assert.All(tests.Take(2), t => Assert.True(t.ReadOnly));
        Assert.Equal(new StateRef(StateKind.Slice, "config:hard ham", "hard ham"), tests[0].Slice);
        Assert.Equal(new StateRef(StateKind.Slice, StateIds.AllInstances, "All instances"), tests[1].Slice);
        Assert.Equal((report.Id, StateSource.User, TestModels.All), (tests[2].ReportId, tests[2].Source, tests[2].Models));
        Assert.False(tests[2].ReadOnly);
    }

    [Fact]
    public void A_report_test_whose_name_a_config_test_has_is_listed_with_a_number()
    {
        using var fixture = new StateFixture([], [StateFixture.ConfigTest("Safety: All instances accuracy", "All instances", "accuracy", "> 0.9")]);
        fixture.State.CreateReport(new ReportDraft("Safety")
        {
            SliceIds = [StateIds.AllInstances],
            Metrics = ["accuracy"],
            Tests = [new ReportTest(StateIds.AllInstances, "accuracy", "> 0.5")],
        });

        Assert.Equal(["Safety: All instances accuracy", "Safety: All instances accuracy (2)"], fixture.State.ListTests().Select(t => t.Name));
    }
}
