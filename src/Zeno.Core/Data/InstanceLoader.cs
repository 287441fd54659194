using System.Globalization;
using System.Text.Json;
using DuckDB.NET.Data;
using Zeno.Core.Config;
using Zeno.Core.Errors;
using Zeno.Core.Query.Sql;
using Zeno.Core.Store;

namespace Zeno.Core.Data;

/// <summary>
/// Loads the data file into the store's instance table, once per version of the file: an unchanged file (same size
/// and time, or same bytes) is not read again, which keeps a second start instant.
/// </summary>
public static class InstanceLoader
{
    /// <summary>Loads (or reuses) the instance table and returns its description. Warnings go to <paramref name="warn"/>.</summary>
    public static InstanceTable Load(ZenoStore store, ZenoConfig config, Action<string> warn)
    {
        var file = new FileInfo(config.DataFile);
        if (!file.Exists)
            throw new ConfigException(config.DataLocation, "data", $"data file not found: {config.DataFile}");
        var stamp = string.Create(CultureInfo.InvariantCulture, $"{file.FullName}|{file.Length}|{file.LastWriteTimeUtc.Ticks}|{config.IdColumn}");
        var cached = store.GetMeta("data.table");
        if (store.GetMeta("data.stamp") == stamp && cached is not null)
            return Finish(JsonSerializer.Deserialize<InstanceTable>(cached)!, config, warn);

        var version = Fingerprint.Of(Fingerprint.OfFile(file.FullName), config.IdColumn);
        if (store.GetMeta("data.version") == version && cached is not null)
        {
            store.Write(connection => ZenoStore.SetMeta(connection, "data.stamp", stamp));
            return Finish(JsonSerializer.Deserialize<InstanceTable>(cached)!, config, warn);
        }

        var table = store.Write(connection =>
        {
            var loaded = Import(connection, config, version);
            ZenoStore.SetMeta(connection, "data.version", version);
            ZenoStore.SetMeta(connection, "data.stamp", stamp);
            ZenoStore.SetMeta(connection, "data.table", JsonSerializer.Serialize(loaded));
            return loaded;
        });
        return Finish(table, config, warn);
    }

    private static InstanceTable Finish(InstanceTable table, ZenoConfig config, Action<string> warn)
    {
        if (table.GeneratedIds)
            warn($"{config.ConfigPath}: no id_column is set, so Zeno numbered the rows as '{table.IdColumn}'. " +
                 "Set id_column to a unique column so slices, tags and caches survive a reordered data file.");
        return table with { Columns = ApplyOverrides(table.Columns, config) };
    }

    private static InstanceTable Import(DuckDBConnection connection, ZenoConfig config, string version)
    {
        var format = DataFormats.Detect(config.DataFile);
        ZenoStore.Execute(connection, "DROP TABLE IF EXISTS instances_import");
        ZenoStore.Execute(connection, "DROP TABLE IF EXISTS instances");
        // Numbered under a name no data file uses, so a data column named zeno_row is reported rather than clashing.
        const string importRow = "zeno_import_row";
        try
        {
            ZenoStore.Execute(connection,
                $"CREATE TABLE instances_import AS {NumberedImport.Select(connection, format, "$path", config.DataFile, importRow)}",
                ("path", config.DataFile));
        }
        catch (DuckDBException e)
        {
            throw new ConfigException(config.DataLocation, "data", $"cannot read {config.DataFile} as {format}: {e.Message}");
        }
        var described = Describe(connection, "instances_import").Where(column => column.Name != importRow).ToList();
        if (described.Any(column => column.Name == InstanceTable.RowColumn))
            throw new ZenoException($"{config.DataFile}: the column name '{InstanceTable.RowColumn}' is reserved by Zeno; rename that column");

        var (idColumn, generated) = ChooseIdColumn(config, described);
        if (generated)
        {
            // Only generated ids copy the table (to add the column); a file with ids is renamed in place.
            ZenoStore.Execute(connection,
                $"CREATE TABLE instances AS SELECT {importRow} AS {InstanceTable.RowColumn}, * EXCLUDE ({importRow}), " +
                $"CAST({importRow} AS VARCHAR) AS {Sql.QuoteIdentifier(idColumn)} FROM instances_import");
            ZenoStore.Execute(connection, "DROP TABLE instances_import");
        }
        else
        {
            ZenoStore.Execute(connection, $"ALTER TABLE instances_import RENAME COLUMN {importRow} TO {InstanceTable.RowColumn}");
            ZenoStore.Execute(connection, "ALTER TABLE instances_import RENAME TO instances");
            CheckIds(connection, config, idColumn);
        }

        var rows = Convert.ToInt64(Scalar(connection, "SELECT count(*) FROM instances"), CultureInfo.InvariantCulture);
        var columns = ColumnProfiler.ProfileAll(connection, "instances",
                Describe(connection, "instances").Where(column => column.Name != InstanceTable.RowColumn).ToList(), rows)
            .Select(profiled => profiled.Column with { Type = TypeInference.Infer(profiled.Profile) })
            .ToList();
        return new InstanceTable(rows, idColumn, generated, columns, version);
    }

    private static (string Column, bool Generated) ChooseIdColumn(ZenoConfig config, IReadOnlyList<ColumnInfo> columns)
    {
        if (config.IdColumn is not null)
        {
            if (columns.All(column => column.Name != config.IdColumn))
                throw UnknownColumn(config, "id_column", config.IdColumn, columns.Select(column => column.Name), config.LocationOf("id_column"));
            return (config.IdColumn, false);
        }
        var name = new[] { "id", "row_id", "zeno_id" }.First(candidate => columns.All(column => column.Name != candidate));
        return (name, true);
    }

    private static void CheckIds(DuckDBConnection connection, ZenoConfig config, string idColumn)
    {
        var id = Sql.QuoteIdentifier(idColumn);
        var nulls = Convert.ToInt64(Scalar(connection, $"SELECT count(*) FROM instances WHERE {id} IS NULL"), CultureInfo.InvariantCulture);
        if (nulls > 0)
            throw new ConfigException(config.LocationOf("id_column"), "id_column", $"{nulls} rows of {config.DataFile} have no value in the id column '{idColumn}'; every instance needs a unique id");
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT CAST({id} AS VARCHAR), count(*) FROM instances GROUP BY {id} HAVING count(*) > 1 ORDER BY 2 DESC, 1 LIMIT 5";
        using var reader = command.ExecuteReader();
        var duplicates = new List<string>();
        while (reader.Read())
            duplicates.Add($"'{reader.GetString(0)}' ({reader.GetValue(1)} times)");
        if (duplicates.Count > 0)
            throw new ConfigException(config.LocationOf("id_column"), "id_column",
                $"the id column '{idColumn}' of {config.DataFile} is not unique: {string.Join(", ", duplicates)}; choose a unique column or remove id_column to number the rows");
    }

    private static IReadOnlyList<ColumnInfo> ApplyOverrides(IReadOnlyList<ColumnInfo> columns, ZenoConfig config)
    {
        foreach (var (name, overrideType) in config.ColumnTypes)
            if (columns.All(column => column.Name != name))
                throw UnknownColumn(config, $"columns.{name}", name, columns.Select(column => column.Name), overrideType.Location);
        return columns
            .Select(column => config.ColumnTypes.TryGetValue(column.Name, out var over) ? column with { Type = over.Type } : column)
            .ToList();
    }

    internal static ConfigException UnknownColumn(ZenoConfig config, string key, string column, IEnumerable<string> available, SourceLocation? at = null)
    {
        var names = available.ToList();
        var closest = Suggest.Closest(column, names);
        var hint = closest is null ? "" : $" Did you mean '{closest}'?";
        return new ConfigException(at ?? config.DataLocation, key,
            $"unknown column '{column}'.{hint} Available columns: {string.Join(", ", names)}");
    }

    internal static IReadOnlyList<ColumnInfo> Describe(DuckDBConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT column_name, data_type FROM information_schema.columns WHERE table_name = $table ORDER BY ordinal_position";
        command.Parameters.Add(new DuckDBParameter("table", table));
        using var reader = command.ExecuteReader();
        var columns = new List<ColumnInfo>();
        while (reader.Read())
            columns.Add(new ColumnInfo(reader.GetString(0), reader.GetString(1), ColumnType.Nominal));
        return columns;
    }

    private static object? Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
