using Zeno.Core.Config;

namespace Zeno.Server.Wire;

/// <summary>Everything the UI needs to lay itself out: the project, its columns, models, metrics and transforms.</summary>
public sealed record SettingsResponse(
    string Name,
    string View,
    string IdColumn,
    string? DataColumn,
    string? LabelColumn,
    IReadOnlyList<ColumnSettings> Columns,
    IReadOnlyList<string> Models,
    IReadOnlyList<MetricSettings> Metrics,
    IReadOnlyList<string> Transforms,
    long Rows,
    int Samples,
    bool ReadOnly);

/// <summary>A column: its type, where it comes from, and whether it follows the selected model.</summary>
public sealed record ColumnSettings(string Name, ColumnType Type, string Origin, bool ModelDependent);

/// <summary>A metric: its name and built-in type, or "function" for a [Metric] function.</summary>
public sealed record MetricSettings(string Name, string Type);
