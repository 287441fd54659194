using Zeno.Core.Errors;

namespace Zeno.Core.Query.Sql;

/// <summary>A filter or request names a column the table does not have; says which ones it has and which was probably meant.</summary>
public sealed class UnknownColumnException : ZenoException
{
    // A wide table would bury the message; the suggestion carries the useful part.
    private const int ListedColumns = 20;

    /// <summary>Creates the error for <paramref name="column"/> given the names that do exist.</summary>
    public UnknownColumnException(string column, IReadOnlyCollection<string> available)
        : this(column, available, Suggest.Closest(column, available))
    {
    }

    private UnknownColumnException(string column, IReadOnlyCollection<string> available, string? suggestion)
        : base($"unknown column '{column}'{(suggestion is null ? "" : $"; did you mean '{suggestion}'?")} Available columns: {List(available)}.")
    {
        Column = column;
        Available = available;
        Suggestion = suggestion;
        Hint = suggestion is null
            ? "Column names are case-sensitive; in a filter, names with spaces or symbols go in backticks: `mean radius`."
            : $"Did you mean '{suggestion}'?";
    }

    /// <summary>The name that was not found.</summary>
    public string Column { get; }

    /// <summary>The closest existing name, if one is close enough to be a typo.</summary>
    public string? Suggestion { get; }

    /// <summary>Every name that exists.</summary>
    public IReadOnlyCollection<string> Available { get; }

    private static string List(IReadOnlyCollection<string> names)
    {
        var shown = string.Join(", ", names.Order(StringComparer.OrdinalIgnoreCase).Take(ListedColumns).Select(n => $"'{n}'"));
        return names.Count > ListedColumns ? $"{shown} and {names.Count - ListedColumns} more" : shown;
    }
}
