using System.Globalization;
using DuckDB.NET.Data;

namespace Zeno.Core.Store;

// Committing one finished partition: its values for every column the function produced, its manifest row and the
// rows it failed on — all in one transaction, so a killed run resumes exactly where it stopped.
public sealed partial class ZenoStore
{
    /// <summary>Commits a finished partition of one function call's columns; failures are recorded under the first column.</summary>
    public void CommitPartition(int partition, IReadOnlyList<ColumnWrite> writes, IReadOnlyList<RowFailure> failures) =>
        CommitPartitions([new PartitionCommit(partition, writes, failures)]);

    /// <summary>
    /// Commits finished partitions in one transaction: all of them are kept, or none. The pipeline gathers the partitions
    /// that finish while another commit runs, so a commit's fixed cost is paid once for all of them.
    /// </summary>
    public void CommitPartitions(IReadOnlyList<PartitionCommit> commits) =>
        Write(connection =>
        {
            var types = new Dictionary<ColumnKey, (string Table, StoredType Type)>();
            foreach (var commit in commits)
                for (var i = 0; i < commit.Writes.Count; i++)
                {
                    var write = commit.Writes[i];
                    if (!types.TryGetValue(write.Key, out var stored))
                        stored = Stored(connection, write.Key);
                    var type = StoredTypes.Widen(stored.Type, TypedValues.Infer(write.Values) ?? StoredTypes.Infer(write.Values));
                    if (type != stored.Type)
                        ChangeType(connection, stored.Table, write.Key, type);
                    types[write.Key] = (stored.Table, type);
                    Append(connection, stored.Table, write, type);
                    // DELETE and INSERT rather than INSERT OR REPLACE, whose conflict check costs several milliseconds a row.
                    Execute(connection, "DELETE FROM partitions WHERE column_key = $key AND partition = $partition",
                        ("key", write.Key.ToString()), ("partition", commit.Partition));
                    Execute(connection, "INSERT INTO partitions VALUES ($key, $partition, $rows, $failed)",
                        ("key", write.Key.ToString()), ("partition", commit.Partition), ("rows", write.Rows.Count), ("failed", commit.Failures.Count));
                    foreach (var failure in i == 0 ? commit.Failures : [])
                        Execute(connection, "INSERT INTO function_errors VALUES ($key, $partition, $row, $type, $message)",
                            ("key", write.Key.ToString()), ("partition", commit.Partition), ("row", failure.RowId),
                            ("type", failure.ErrorType), ("message", failure.Message));
                }
        });

    /// <summary>The rows a column's function failed on, with the exception of each.</summary>
    public IReadOnlyList<RowFailure> Failures(ColumnKey key) => Read(connection =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT row_id, error_type, message FROM function_errors WHERE column_key = $key ORDER BY partition, row_id";
        command.Parameters.Add(new DuckDBParameter("key", key.ToString()));
        using var reader = command.ExecuteReader();
        var failures = new List<RowFailure>();
        while (reader.Read())
            failures.Add(new RowFailure(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        return failures;
    });

    // Read inside the commit's transaction: the manifest is the writer's, and reading it through Manifest() would
    // queue behind the other partitions' commits for the same lock.
    private static (string Table, StoredType Type) Stored(DuckDBConnection connection, ColumnKey key)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT table_name, value_type FROM manifest WHERE column_key = $key";
        command.Parameters.Add(new DuckDBParameter("key", key.ToString()));
        using var reader = command.ExecuteReader();
        if (!reader.Read())
            throw new InvalidOperationException($"column {key} was not prepared");
        return (reader.GetString(0), Enum.Parse<StoredType>(reader.GetString(1)));
    }

    // Tables start as VARCHAR holding nulls; the first real values fix the type, and a later partition with wider
    // values (integers, then decimals) widens it. Casting existing values keeps every committed partition.
    private static void ChangeType(DuckDBConnection connection, string table, ColumnKey key, StoredType type)
    {
        var sqlType = StoredTypes.SqlType(type);
        Execute(connection, $"ALTER TABLE {table} ALTER value TYPE {sqlType}");
        Execute(connection, "UPDATE manifest SET value_type = $type WHERE column_key = $key", ("type", type.ToString()), ("key", key.ToString()));
    }

    private static void Append(DuckDBConnection connection, string table, ColumnWrite write, StoredType type)
    {
        if (TypedValues.TryAppend(connection, table, write, type))
            return;
        using var appender = connection.CreateAppender(table);
        for (var i = 0; i < write.Rows.Count; i++)
        {
            var row = appender.CreateRow().AppendValue(write.Rows[i]);
            AppendValue(row, write.Values[i], type).EndRow();
        }
    }

    private static IDuckDBAppenderRow AppendValue(IDuckDBAppenderRow row, object? value, StoredType type)
    {
        if (StoredTypes.Of(value) == StoredType.Null)
            return row.AppendNullValue();
        return type switch
        {
            StoredType.Boolean => row.AppendValue((bool)value!),
            StoredType.BigInt => row.AppendValue(Convert.ToInt64(value, CultureInfo.InvariantCulture)),
            StoredType.Double => row.AppendValue(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
            StoredType.Timestamp => row.AppendValue(ToDateTime(value!)),
            StoredType.FloatList => row.AppendValue((IEnumerable<float>)value!),
            _ => row.AppendValue(ToText(value!)),
        };
    }

    private static DateTime ToDateTime(object value) => value switch
    {
        DateTimeOffset offset => offset.UtcDateTime,
        DateOnly date => date.ToDateTime(TimeOnly.MinValue),
        _ => (DateTime)value,
    };

    private static string ToText(object value) => value switch
    {
        string text => text,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
