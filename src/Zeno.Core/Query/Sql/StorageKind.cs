namespace Zeno.Core.Query.Sql;

/// <summary>How DuckDB stores a column, which decides how a filter value is bound against it.</summary>
public enum StorageKind
{
    /// <summary>Any integer, DOUBLE or DECIMAL type: compared with DOUBLE parameters.</summary>
    Numeric,
    /// <summary>VARCHAR: compared with text parameters.</summary>
    String,
    /// <summary>BOOLEAN.</summary>
    Boolean,
    /// <summary>TIMESTAMP or DATE: compared with timestamp parameters.</summary>
    Timestamp,
    /// <summary>Anything else (lists such as embeddings, blobs): cannot be filtered.</summary>
    Other,
}
