using DuckDB.NET.Data;
using Zeno.Core.Config;
using Zeno.Core.State;
using Zeno.Core.Store;

namespace Zeno.Core.Tests.State;

public sealed class StatePersistenceTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void State_survives_closing_and_reopening_the_store_and_ids_are_not_reused()
    {
        Slice slice;
        Report report;
        Chart chart;
        Tag tag;
        Folder folder;
        using (var store = ZenoStore.Open(_folder.Path))
        {
            var state = new StateService(store, [], []);
            folder = state.CreateFolder("content");
            slice = state.UpdateSlice(state.CreateSlice(new SliceDraft("short", "text ~ \"free\"c", folder.Id)).Id, 1, new SliceDraft("short", "length < 10", folder.Id));
            tag = state.CreateTag(new TagDraft("checked", ["a", "b"], folder.Id));
            report = state.CreateReport(new ReportDraft("Safety")
            {
                SliceIds = [slice.Id],
                Metrics = ["accuracy"],
                Models = new TestModels(TestModelsKind.List, ["small"]),
                Transform = "noise",
                Tests = [new ReportTest(slice.Id, "accuracy", ">= 70%")],
            });
            chart = state.CreateChart(report.Id, new ChartDraft("bars", ChartType.Bar, new ChartEncoding(ChartDimension.Slices, ChartDimension.Models)));
        }

        using (var store = ZenoStore.Open(_folder.Path))
        {
            var state = new StateService(store, [], []);
            Assert.Equal([folder], state.ListFolders());
            Assert.Equal([slice], state.ListSlices());
            Assert.Equal(2, slice.Version);
            Assert.Equal([tag], state.ListTags());
            Assert.Equal([report], state.ListReports());
            Assert.Equal([chart], state.ListCharts(report.Id));
            // The id sequence lives in the database, so numbering goes on where it stopped.
            static long Number(string id) => long.Parse(id[2..], System.Globalization.CultureInfo.InvariantCulture);
            var next = state.CreateFolder("format");
            Assert.True(Number(next.Id) > new[] { folder.Id, slice.Id, tag.Id, report.Id, chart.Id }.Max(Number));
        }
    }

    [Fact]
    public void Opening_a_schema_1_database_runs_migration_2_and_keeps_its_data()
    {
        // A database exactly as a build that knew only migration 1 left it, with a cached metric in it.
        Directory.CreateDirectory(_folder.Path);
        using (var connection = new DuckDBConnection($"DataSource={Path.Combine(_folder.Path, ZenoStore.FileName)}"))
        {
            connection.Open();
            ZenoStore.Execute(connection, "CREATE TABLE zeno_meta (key VARCHAR PRIMARY KEY, value VARCHAR)");
            foreach (var sql in ZenoStore.Migrations[0])
                ZenoStore.Execute(connection, sql);
            ZenoStore.SetMeta(connection, "schema_version", "1");
            ZenoStore.Execute(connection, "INSERT INTO metric_cache VALUES ('k', 0.75, 12)");
        }

        using (var store = ZenoStore.Open(_folder.Path))
        {
            Assert.Equal("2", store.GetMeta("schema_version"));
            Assert.Equal((0.75, 12L), store.CachedMetric("k"));
            var state = new StateService(store, [], []);
            Assert.Empty(state.ListSlices());
            state.CreateSlice(new SliceDraft("short", "length < 10"));
        }

        // A second open finds the schema current and runs nothing again.
        using (var store = ZenoStore.Open(_folder.Path))
        {
            Assert.Equal("2", store.GetMeta("schema_version"));
            Assert.Equal("short", Assert.Single(new StateService(store, [], []).ListSlices()).Name);
        }
    }
}
