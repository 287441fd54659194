using Zeno.Core.Errors;

namespace Zeno.Reports.Snapshot;

/// <summary>A request names a slice, model, metric, chart or transform the report or project does not have; lists the valid names.</summary>
public sealed class UnknownNameException : ZenoException
{
    /// <summary>Creates the error for a <paramref name="what"/> called <paramref name="name"/> among <paramref name="valid"/>.</summary>
    public UnknownNameException(string what, string name, IReadOnlyCollection<string> valid, string where)
        : base($"{where} has no {what} '{name}'{(Suggest.Closest(name, valid) is { } closest ? $" (did you mean '{closest}'?)" : "")}; " +
               $"{what}s: {(valid.Count == 0 ? "none" : string.Join(", ", valid))}")
    {
        What = what;
        Name = name;
    }

    /// <summary>What kind of thing was named ("slice", "model", "metric", "chart", "transform").</summary>
    public string What { get; }

    /// <summary>The name that was not found.</summary>
    public string Name { get; }
}
