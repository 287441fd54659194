using Zeno.Core.Config;
using Zeno.Core.Query.Filters;
using Zeno.Core.State;
using Zeno.Tests.Support;

namespace Zeno.Core.Tests.State;

public sealed class StateExportTests : IDisposable
{
    // What the exported tables are appended to: the data, the models and metrics the tests name, one config slice.
    private const string Head = """
        data = "data.csv"
        [[models]]
        name = "small"
        output_column = "pred_small"
        [[models]]
        name = "large"
        output_column = "pred_large"
        [[metrics]]
        name = "accuracy"
        type = "accuracy"
        [[slices]]
        name = "hard ham"
        filter = 'group == "hard_ham"'

        """;

    private readonly StateFixture _fixture = new([StateFixture.ConfigSlice("hard ham", "group == \"hard_ham\"")]);
    private readonly TempProject _project = new();

    private StateService State => _fixture.State;

    public void Dispose()
    {
        _fixture.Dispose();
        _project.Dispose();
    }

    private ZenoConfig Load(string exported)
    {
        _project.Write("data.csv", "id,group,text,label,pred_small,pred_large\n1,hard_ham,hi,ham,ham,spam\n");
        return ConfigLoader.Parse(Head + exported, _project.ConfigPath);
    }

    [Fact]
    public void Exported_slices_and_report_tests_load_back_through_the_config_loader()
    {
        var folder = State.CreateFolder("content");
        var quoted = State.CreateSlice(new SliceDraft("says it's free", "text ~ \"it's free\" or label == \"a\\\\b\"", folder.Id));
        var plain = State.CreateSlice(new SliceDraft("short \"texts\"", "length < 10 and text !~ /^re:/i"));
        State.CreateReport(new ReportDraft("Safety")
        {
            SliceIds = [plain.Id, "config:hard ham", StateIds.AllInstances],
            Metrics = ["accuracy"],
            Models = TestModels.All,
            Tests = [new ReportTest("config:hard ham", "accuracy", ">= 90%"), new ReportTest(StateIds.AllInstances, "accuracy", "> 0.5")],
        });
        State.CreateReport(new ReportDraft("Small model")
        {
            SliceIds = [quoted.Id],
            Metrics = ["accuracy"],
            Models = new TestModels(TestModelsKind.List, ["small"]),
            Tests = [new ReportTest(quoted.Id, "accuracy", "between 0.2 and 0.4")],
        });

        var exported = State.ExportToml();
        var config = Load(exported);

        Assert.Equal(["hard ham", "says it's free", "short \"texts\""], config.Slices.Select(s => s.Name));
        Assert.Equal(quoted.Predicate, FilterParser.Parse(config.Slices[1].Filter));
        Assert.Equal("content", config.Slices[1].Folder);
        Assert.Equal(plain.Predicate, FilterParser.Parse(config.Slices[2].Filter));
        Assert.Null(config.Slices[2].Folder);
        Assert.Collection(config.Tests,
            t => Assert.Equal(("Safety: hard ham accuracy", "hard ham", ">= 0.9", TestModelsKind.All), (t.Name, t.Slice, t.Expect, t.Models.Kind)),
            t => Assert.Equal(("Safety: All instances accuracy", "All instances", "> 0.5"), (t.Name, t.Slice, t.Expect)),
            t =>
            {
                Assert.Equal(("Small model: says it's free accuracy", "says it's free", "between 0.2 and 0.4"), (t.Name, t.Slice, t.Expect));
                Assert.Equal(["small"], t.Models.Names);
            });
    }

    [Fact]
    public void Filters_go_in_literal_strings_unless_they_hold_a_single_quote()
    {
        State.CreateSlice(new SliceDraft("spam", "label == \"spam\""));
        State.CreateSlice(new SliceDraft("apostrophe", "text ~ \"don't\""));

        var exported = State.ExportToml();

        Assert.Contains("filter = 'label == \"spam\"'\n", exported, StringComparison.Ordinal);
        Assert.Contains("filter = \"text ~ \\\"don't\\\"\"\n", exported, StringComparison.Ordinal);
        Assert.Equal(2, Load(exported).Slices.Count - 1);
    }

    [Fact]
    public void Names_with_control_characters_and_backslashes_are_escaped_so_the_loader_reads_them_back()
    {
        var text = StateExport.Toml([new SliceConfig("tab\there \\ \u0001", "x == 1", default)], []);

        Assert.Equal("tab\there \\ \u0001", Load(text).Slices[1].Name);
    }

    [Fact]
    public void Nothing_made_in_the_ui_exports_to_nothing()
    {
        Assert.Equal("", State.ExportToml());
        Assert.Single(Load("").Slices);
    }
}
