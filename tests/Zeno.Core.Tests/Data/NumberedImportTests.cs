using DuckDB.NET.Data;
using Zeno.Core.Config;
using Zeno.Core.Project;
using Zeno.Tests.Support;

namespace Zeno.Core.Tests.Data;

/// <summary>An imported table numbers its rows 0, 1, 2, … in the file's order, whichever way the file is read.</summary>
public sealed class NumberedImportTests
{
    private const int Rows = 250_000;

    [Theory]
    [InlineData("data.parquet", "id, value")]
    [InlineData("data.parquet", "id, value, file_row_number")]
    [InlineData("data.csv", "id, value")]
    [InlineData("data.jsonl", "id, value")]
    public void Rows_are_numbered_in_file_order(string file, string columns)
    {
        using var folder = new TempProject();
        var path = Path.Combine(folder.Root, file);
        using (var connection = new DuckDBConnection("DataSource=:memory:"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // Ids descend and values are shuffled, so neither sorting nor hashing could give file order by chance; many small
            // row groups (and more rows than the profiler samples) make DuckDB read in parallel.
            var extra = columns.Contains("file_row_number", StringComparison.Ordinal) ? ", 7 AS file_row_number" : "";
            var format = Path.GetExtension(file) switch { ".parquet" => "FORMAT parquet, ROW_GROUP_SIZE 8192", ".csv" => "FORMAT csv, HEADER", _ => "FORMAT json" };
            command.CommandText = $"COPY (SELECT {Rows} - i AS id, hash(i) % 1000 AS value{extra} FROM range({Rows}) r(i) ORDER BY i) TO '{path}' ({format})";
            command.ExecuteNonQuery();
        }
        folder.Write("zeno.toml", $"data = \"{file}\"\nid_column = \"id\"\n");
        using var project = ZenoProject.Open(ConfigLoader.Load(folder.ConfigPath));

        var ids = project.Store.Read(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT zeno_row, id FROM instances ORDER BY zeno_row";
            using var reader = command.ExecuteReader();
            var read = new List<(long Row, long Id)>();
            while (reader.Read())
                read.Add((Convert.ToInt64(reader.GetValue(0)), Convert.ToInt64(reader.GetValue(1))));
            return read;
        });
        Assert.Equal(Enumerable.Range(0, Rows).Select(i => ((long)i, (long)(Rows - i))), ids);
        Assert.Equal(columns.Contains("file_row_number", StringComparison.Ordinal),
            project.Instances.Columns.Any(column => column.Name == "file_row_number"));
    }
}
