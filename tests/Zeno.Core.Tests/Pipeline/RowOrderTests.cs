using Zeno.Core.Data;
using Zeno.Core.Store;

namespace Zeno.Core.Tests.Pipeline;

/// <summary>
/// Partitions read the instance table without sorting and check the row numbers as they come; a table whose stored
/// order is not its row order must still give every row its own value.
/// </summary>
public sealed class RowOrderTests
{
    [Fact]
    public async Task Rows_stored_out_of_order_still_get_their_own_values()
    {
        using var project = new SmallProject();
        using (var opened = project.Open())
            opened.Store.Write(connection =>
            {
                // Same rows, same row numbers, stored in a shuffled order.
                ZenoStore.Execute(connection, $"CREATE TABLE shuffled AS SELECT * FROM {InstanceTable.TableName} ORDER BY hash({InstanceTable.RowColumn} * 7919)");
                ZenoStore.Execute(connection, $"DROP TABLE {InstanceTable.TableName}");
                ZenoStore.Execute(connection, $"ALTER TABLE shuffled RENAME TO {InstanceTable.TableName}");
            });

        using var reopened = project.Open();
        await reopened.RunPipelineAsync();

        var table = reopened.Store.FindColumn(new ColumnKey(ColumnKind.Distill, "length"))!.TableName;
        var rows = reopened.Store.Read(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"""
                SELECT i.{InstanceTable.RowColumn}, length(i.text), d.value
                FROM {InstanceTable.TableName} i LEFT JOIN {table} d ON d.{InstanceTable.RowColumn} = i.{InstanceTable.RowColumn}
                ORDER BY 1
                """;
            using var reader = command.ExecuteReader();
            var list = new List<(long Row, long Length, long? Stored)>();
            while (reader.Read())
                list.Add((reader.GetInt64(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetInt64(2)));
            return list;
        });
        Assert.Equal(50, rows.Count);
        Assert.All(rows, row => Assert.Equal(row.Length, row.Stored));
    }
}
