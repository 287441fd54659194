using DuckDB.NET.Data;
using Zeno.Core.Data;
using Zeno.Core.Query.Sql;

namespace Zeno.Core.Store;

// Single lookups in the instance table, for the rare paths that need one (naming a row a function failed on).
public sealed partial class ZenoStore
{
    /// <summary>The id of the instance at a 0-based row number, as text; null when there is no such row.</summary>
    public string? InstanceId(string idColumn, long rowNumber) => Read(connection =>
    {
        using var command = connection.CreateCommand();
        command.CommandText =
            $"SELECT CAST({Sql.QuoteIdentifier(idColumn)} AS VARCHAR) FROM {InstanceTable.TableName} WHERE {InstanceTable.RowColumn} = $row";
        command.Parameters.Add(new DuckDBParameter("row", rowNumber));
        return command.ExecuteScalar() as string;
    });
}
