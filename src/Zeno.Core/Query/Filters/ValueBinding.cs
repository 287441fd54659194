using System.Globalization;
using Zeno.Core.Errors;
using Zeno.Core.Query.Sql;

namespace Zeno.Core.Query.Filters;

/// <summary>
/// Turns a literal into the parameter value bound against a column, by how the column is stored:
/// <list type="bullet">
/// <item>numeric: numbers, and strings that read as numbers ("3.5") → DOUBLE;</item>
/// <item>text: every literal as written (<c>label == 1</c> compares with "1", as labels stored as text often are;
/// <c>true</c> → "true"; dates in ISO form) → VARCHAR;</item>
/// <item>boolean: <c>true</c>/<c>false</c>, and the strings "true"/"false" → BOOLEAN;</item>
/// <item>timestamp: dates, and strings in ISO form ("2024-01-31 10:00") → TIMESTAMP.</item>
/// </list>
/// Anything else is a mistake worth reporting rather than a silently empty slice.
/// </summary>
internal static class ValueBinding
{
    /// <summary>
    /// Adds the bound value and returns the SQL that reads it. Numbers and dates get an explicit type: otherwise
    /// DuckDB gives the parameter the column's type, and <c>count != 3.6</c> on a BIGINT column would become
    /// <c>count != 4</c> (a DECIMAL or DATE column rounds the same way).
    /// </summary>
    public static string Parameter(ResolvedColumn column, FilterValue value, SqlParameters parameters)
    {
        var placeholder = parameters.Add(Bind(column, value));
        return column.Storage switch
        {
            StorageKind.Numeric => $"CAST({placeholder} AS DOUBLE)",
            StorageKind.Timestamp => $"CAST({placeholder} AS TIMESTAMP)",
            _ => placeholder,
        };
    }

    public static object Bind(ResolvedColumn column, FilterValue value) => (column.Storage, value) switch
    {
        (StorageKind.Numeric, FilterValue.Number n) => n.Value,
        (StorageKind.Numeric, FilterValue.Text t)
            when double.TryParse(t.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed) => parsed,
        (StorageKind.String, _) => FilterText.AsText(value),
        (StorageKind.Boolean, FilterValue.Bool b) => b.Value,
        (StorageKind.Boolean, FilterValue.Text t) when bool.TryParse(t.Value, out var flag) => flag,
        (StorageKind.Timestamp, FilterValue.Date d) => d.Value,
        (StorageKind.Timestamp, FilterValue.Text t) when FilterDates.TryParse(t.Value, out var date) => date,
        _ => throw Mismatch(column, value),
    };

    private static ZenoException Mismatch(ResolvedColumn column, FilterValue value)
    {
        var (stored, hint) = column.Storage switch
        {
            StorageKind.Numeric => ("numbers", "Write a number, e.g. 30 or 2.5."),
            StorageKind.Boolean => ("true/false", "Write true or false."),
            StorageKind.Timestamp => ("dates", "Write an ISO date such as 2024-01-31 or 2024-01-31T10:00:00."),
            _ => ("values that filters cannot compare", "Filter on another column, or test it with == null / != null."),
        };
        return new ZenoException(
            $"column '{column.Name}' ({column.Type}) holds {stored} and cannot be compared with {value}")
        {
            Hint = hint,
        };
    }
}
