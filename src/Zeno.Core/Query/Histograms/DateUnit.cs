namespace Zeno.Core.Query.Histograms;

/// <summary>The calendar unit of a datetime chart's bins.</summary>
public enum DateUnit
{
    /// <summary>Seconds (or 5, 15, 30 of them).</summary>
    Second,
    /// <summary>Minutes (or 5, 15, 30 of them).</summary>
    Minute,
    /// <summary>Hours (or 3, 6, 12 of them).</summary>
    Hour,
    /// <summary>Calendar days.</summary>
    Day,
    /// <summary>Weeks starting on Monday, as DuckDB's <c>date_trunc('week', ...)</c>.</summary>
    Week,
    /// <summary>Calendar months (or quarters: 3 of them).</summary>
    Month,
    /// <summary>Calendar years (or decades, centuries...).</summary>
    Year,
}
