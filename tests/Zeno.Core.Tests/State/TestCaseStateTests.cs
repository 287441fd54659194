using Zeno.Core.Config;
using Zeno.Core.State;
using Zeno.Core.Store;

namespace Zeno.Core.Tests.State;

public sealed class TestCaseStateTests
{
    [Fact]
    public void Config_and_report_tests_come_with_their_filters_transform_and_report()
    {
        using var state = new StateFixture([StateFixture.ConfigSlice("quiet", "volume < 3")], [StateFixture.ConfigTest("quiet ok", "quiet", "accuracy", "> 0.7")]);
        var loud = state.State.CreateSlice(new SliceDraft("loud", "volume >= 8", null));
        var report = state.State.CreateReport(new ReportDraft("Audio")
        {
            SliceIds = [loud.Id, "all"], Metrics = ["accuracy"], Transform = "noise",
            Tests = [new ReportTest(loud.Id, "accuracy", ">= 70%"), new ReportTest("all", "accuracy", "> 0.5")],
        });

        var cases = state.State.TestCases();

        Assert.Equal(["quiet ok", "Audio: loud accuracy", "Audio: All instances accuracy"], cases.Select(c => c.Name));
        Assert.Equal("volume < 3", Zeno.Core.Query.Filters.FilterFormatter.Format(cases[0].Filter!));
        Assert.Null(cases[0].ReportId);
        Assert.Equal("volume >= 8", Zeno.Core.Query.Filters.FilterFormatter.Format(cases[1].Filter!));
        Assert.Equal((report.Id, "noise", loud.Id, ">= 0.7"), (cases[1].ReportId, cases[1].Transform, cases[1].SliceId, cases[1].Expect));
        Assert.Null(cases[2].Filter);
        Assert.All(cases, c => Assert.Null(c.SliceProblem));
    }

    [Fact]
    public void A_report_test_on_a_slice_that_left_zeno_toml_says_so()
    {
        using var store = ZenoStore.InMemory();
        var before = new StateService(store, [StateFixture.ConfigSlice("quiet", "volume < 3")], []);
        before.CreateReport(new ReportDraft("Audio") { SliceIds = ["config:quiet"], Metrics = ["accuracy"], Tests = [new ReportTest("config:quiet", "accuracy", "> 0.7")] });

        var after = new StateService(store, [], []);
        var test = Assert.Single(after.TestCases());

        Assert.Null(test.Filter);
        Assert.Equal("slice 'quiet' is no longer in zeno.toml; add it back or remove the test from report 'Audio'", test.SliceProblem);
    }
}
