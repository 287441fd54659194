using System.Text.Json;
using Zeno.Reports.Snapshot;
using Zeno.Reports.Tests.Documents;

namespace Zeno.Reports.Tests.Snapshot;

/// <summary>The JSON export is a documented format: its field names change only on purpose (and with the README).</summary>
public sealed class SnapshotJsonTests
{
    [Fact]
    public async Task The_field_names_are_the_documented_ones()
    {
        var json = JsonDocument.Parse(SnapshotJson.Write(await DocumentProject.SnapshotAsync())).RootElement;

        Assert.Equal(["format", "project", "reportId", "report", "created", "models", "testedModels", "metrics", "transform", "slices",
            "tests", "counts", "charts", "notes", "latestModel"], Names(json));
        Assert.Equal(["name", "type", "direction", "percent"], Names(json.GetProperty("metrics")[0]));
        var slice = json.GetProperty("slices")[1];
        Assert.Equal(["id", "name", "folder", "filter", "missing", "cells", "trends"], Names(slice));
        Assert.Equal(["model", "size", "values"], Names(slice.GetProperty("cells")[0]));
        Assert.Equal(["metric", "values", "slope", "pValue", "volatility", "regressing", "volatile", "explanation", "markers"], Names(slice.GetProperty("trends")[0]));
        Assert.Equal(["name", "sliceId", "slice", "metric", "expect", "results"], Names(json.GetProperty("tests")[0]));
        Assert.Equal(["model", "value", "passed", "error", "message"], Names(json.GetProperty("tests")[0].GetProperty("results")[0]));
        Assert.Equal(["tests", "checks", "passed", "failed", "errors", "failingLatest"], Names(json.GetProperty("counts")));
        var heatmap = json.GetProperty("charts")[1];
        Assert.Equal(["id", "name", "type", "encoding", "held", "intersections"], Names(heatmap));
        Assert.Equal("heatmap", heatmap.GetProperty("type").GetString());
        Assert.Equal(["row", "column", "value", "size"], Names(heatmap.GetProperty("intersections")[0]));
        Assert.Equal("higherIsBetter", json.GetProperty("metrics")[0].GetProperty("direction").GetString());
        Assert.Equal(1, json.GetProperty("format").GetInt32());
    }

    [Fact]
    public async Task A_snapshot_reads_back_as_it_was_written()
    {
        var snapshot = await DocumentProject.SnapshotAsync();

        var read = SnapshotJson.Read(SnapshotJson.Write(snapshot));

        Assert.Equal(SnapshotJson.Write(snapshot), SnapshotJson.Write(read));
        Assert.Equal(snapshot.Slices[1].Value("v2", "accuracy"), read.Slices[1].Value("v2", "accuracy"));
    }

    [Fact]
    public async Task No_instance_of_the_data_is_included()
    {
        var snapshot = await DocumentProject.SnapshotAsync();

        var text = SnapshotJson.Write(snapshot);

        // Aggregates only: no row id of the data appears anywhere.
        Assert.DoesNotContain("\"r01\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("r01", text, StringComparison.Ordinal);
    }

    private static List<string> Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];
}
