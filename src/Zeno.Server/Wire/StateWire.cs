using Zeno.Core.Config;
using Zeno.Core.State;

namespace Zeno.Server.Wire;

/// <summary>A slice as the UI shows it: filter text and tree, folder, version, and whether it comes from zeno.toml.</summary>
public sealed record SliceDto(string Id, string Name, string? FolderId, string Filter, PredicateNode Predicate, long Version, bool ReadOnly, StateSource Source)
{
    internal static SliceDto From(Slice slice) =>
        new(slice.Id, slice.Name, slice.FolderId, slice.Filter, PredicateNode.From(slice.Predicate), slice.Version, slice.ReadOnly, slice.Source);
}

/// <summary>Creates or replaces a slice; its filter as text or as a tree. Updates carry the version they edit.</summary>
public sealed record SliceWrite(string Name, string? Filter, PredicateNode? Predicate, string? FolderId, long? Version);

/// <summary>A folder of slices and tags.</summary>
public sealed record FolderDto(string Id, string Name, long Version, bool ReadOnly)
{
    internal static FolderDto From(Folder folder) => new(folder.Id, folder.Name, folder.Version, folder.ReadOnly);
}

/// <summary>Creates or renames a folder.</summary>
public sealed record FolderWrite(string Name, long? Version);

/// <summary>A named set of instances.</summary>
public sealed record TagDto(string Id, string Name, string? FolderId, IReadOnlyList<string> InstanceIds, long Version)
{
    internal static TagDto From(Tag tag) => new(tag.Id, tag.Name, tag.FolderId, tag.InstanceIds, tag.Version);
}

/// <summary>Creates or replaces a tag.</summary>
public sealed record TagWrite(string Name, IReadOnlyList<string>? InstanceIds, string? FolderId, long? Version);

/// <summary>A reference to a slice (or report) by id with its current name; <c>missing</c> when it no longer exists.</summary>
public sealed record RefDto(string Id, string Name, bool Missing)
{
    internal static RefDto From(StateRef reference) => new(reference.Id, reference.Name, reference.Missing);
}

/// <summary>A behavioral test: an expectation on a metric over a slice, for some models.</summary>
public sealed record TestDto(string Name, RefDto Slice, string Metric, string Expect, string Models, IReadOnlyList<string> ModelNames, StateSource Source, string? ReportId, bool ReadOnly)
{
    internal static TestDto From(TestView test) => new(test.Name, RefDto.From(test.Slice), test.Metric, test.Expect,
        test.Models.Kind.ToString().ToLowerInvariant(), test.Models.Names, test.Source, test.ReportId, test.ReadOnly);
}

/// <summary>A chart of a report: its type and which dimension goes on x, colour and facets.</summary>
public sealed record ChartDto(string Id, string ReportId, string Name, ChartType Type, ChartEncoding Encoding, long Version)
{
    internal static ChartDto From(Chart chart) => new(chart.Id, chart.ReportId, chart.Name, chart.Type, chart.Encoding, chart.Version);
}

/// <summary>Creates or replaces a chart.</summary>
public sealed record ChartWrite(string Name, ChartType Type, ChartEncoding Encoding, long? Version);

/// <summary>A report: slices (with current names), metrics, models, transform, tests and charts.</summary>
public sealed record ReportDto(
    string Id, string Name, IReadOnlyList<RefDto> Slices, IReadOnlyList<string> Metrics, string Models, IReadOnlyList<string> ModelNames,
    string? Transform, IReadOnlyList<TestDto> Tests, IReadOnlyList<ChartDto> Charts, long Version)
{
    internal static ReportDto From(ReportView view) => new(view.Report.Id, view.Report.Name, view.Slices.Select(RefDto.From).ToList(),
        view.Report.Metrics, view.Report.Models.Kind.ToString().ToLowerInvariant(), view.Report.Models.Names, view.Report.Transform,
        view.Tests.Select(TestDto.From).ToList(), view.Charts.Select(ChartDto.From).ToList(), view.Report.Version);
}

/// <summary>A report's test as written: slice id, metric and expectation text.</summary>
public sealed record ReportTestWrite(string SliceId, string Metric, string Expect);

/// <summary>Creates or replaces a report. <c>models</c> is "latest", "all" or a list in <c>modelNames</c>.</summary>
public sealed record ReportWrite(
    string Name, IReadOnlyList<string>? SliceIds, IReadOnlyList<string>? Metrics, string? Models, IReadOnlyList<string>? ModelNames,
    string? Transform, IReadOnlyList<ReportTestWrite>? Tests, long? Version)
{
    internal ReportDraft ToDraft() => new(Name)
    {
        SliceIds = SliceIds ?? [],
        Metrics = Metrics ?? [],
        Models = (Models ?? "latest") switch
        {
            "latest" => TestModels.Latest,
            "all" => TestModels.All,
            "list" => new TestModels(TestModelsKind.List, ModelNames ?? []),
            var other => throw new WireException($"models must be \"latest\", \"all\" or \"list\" (with modelNames), not \"{other}\""),
        },
        Transform = Transform,
        Tests = (Tests ?? []).Select(test => new ReportTest(test.SliceId, test.Metric, test.Expect)).ToList(),
    };
}

/// <summary>Maps a state object (e.g. the current one in a conflict) to its wire form.</summary>
internal static class StateDtos
{
    public static object? From(object? state, StateService service) => state switch
    {
        Slice slice => SliceDto.From(slice),
        Folder folder => FolderDto.From(folder),
        Tag tag => TagDto.From(tag),
        Report report => ReportDto.From(service.GetReportView(report.Id)),
        Chart chart => ChartDto.From(chart),
        _ => null,
    };
}
