namespace Zeno.Core.Config;

/// <summary>How Zeno treats a column: which histogram, which filter widget, which operators make sense.</summary>
public enum ColumnType
{
    /// <summary>Numbers with many distinct values: binned histogram, range filters.</summary>
    Continuous,
    /// <summary>Few distinct values (numeric or not): bars per value.</summary>
    Nominal,
    /// <summary>true/false.</summary>
    Boolean,
    /// <summary>Dates and times: time bins, date ranges.</summary>
    Datetime,
    /// <summary>Free text: searched, not binned.</summary>
    Text,
}
