using System.Globalization;
using DuckDB.NET.Data;

namespace Zeno.Core.Store;

// Committing one finished partition: its values for every column the function produced, its manifest row and the
// rows it failed on — all in one transaction, so a killed run resumes exactly where it stopped.
public sealed partial class ZenoStore
{
    /// <summary>Commits a finished partition of one function call's columns; failures are recorded under the first column.</summary>
    public void CommitPartition(int partition, IReadOnlyList<ColumnWrite> writes, IReadOnlyList<RowFailure> failures)
    {
        var entries = writes.Select(write => FindColumn(write.Key)
            ?? throw new InvalidOperationException($"column {write.Key} was not prepared")).ToList();
        Write(connection =>
        {
            for (var i = 0; i < writes.Count; i++)
            {
                var write = writes[i];
                var entry = entries[i];
                var current = CurrentType(connection, write.Key);
                var type = StoredTypes.Widen(current, TypedValues.Infer(write.Values) ?? StoredTypes.Infer(write.Values));
                if (type != current)
                    ChangeType(connection, entry, write.Key, type);
                Append(connection, entry.TableName, write, type);
                Execute(connection, "INSERT OR REPLACE INTO partitions VALUES ($key, $partition, $rows, $failed)",
                    ("key", write.Key.ToString()), ("partition", partition), ("rows", write.Rows.Count), ("failed", failures.Count));
                foreach (var failure in i == 0 ? failures : [])
                    Execute(connection, "INSERT INTO function_errors VALUES ($key, $partition, $row, $type, $message)",
                        ("key", write.Key.ToString()), ("partition", partition), ("row", failure.RowId),
                        ("type", failure.ErrorType), ("message", failure.Message));
            }
        });
    }

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

    private static StoredType CurrentType(DuckDBConnection connection, ColumnKey key)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value_type FROM manifest WHERE column_key = $key";
        command.Parameters.Add(new DuckDBParameter("key", key.ToString()));
        return Enum.Parse<StoredType>((string)command.ExecuteScalar()!);
    }

    // Tables start as VARCHAR holding nulls; the first real values fix the type, and a later partition with wider
    // values (integers, then decimals) widens it. Casting existing values keeps every committed partition.
    private static void ChangeType(DuckDBConnection connection, ManifestEntry entry, ColumnKey key, StoredType type)
    {
        var sqlType = StoredTypes.SqlType(type);
        Execute(connection, $"ALTER TABLE {entry.TableName} ALTER value TYPE {sqlType}");
        Execute(connection, "UPDATE manifest SET value_type = $type WHERE column_key = $key", ("type", type.ToString()), ("key", key.ToString()));
    }

    private static void Append(DuckDBConnection connection, string table, ColumnWrite write, StoredType type)
    {
        using var appender = connection.CreateAppender(table);
        if (TypedValues.TryAppend(appender, write, type))
            return;
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
