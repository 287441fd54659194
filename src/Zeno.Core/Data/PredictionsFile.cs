using System.Globalization;
using DuckDB.NET.Data;
using Zeno.Core.Config;
using Zeno.Core.Errors;

namespace Zeno.Core.Data;

/// <summary>
/// A model's precomputed predictions: a table with the id column, the output column and optionally more per-model
/// columns, read through DuckDB and looked up by id when the pipeline fills the model's columns.
/// </summary>
public sealed class PredictionsFile
{
    private readonly Dictionary<string, object?[]> _byId;

    private PredictionsFile(IReadOnlyList<string> columns, Dictionary<string, object?[]> byId)
    {
        Columns = columns;
        _byId = byId;
    }

    /// <summary>The columns other than the id, output column first.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Number of predictions in the file.</summary>
    public int Count => _byId.Count;

    /// <summary>The values of an instance (in <see cref="Columns"/> order), or null when the file has no row for it.</summary>
    public object?[]? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Reads the file of <paramref name="model"/>; errors name the file, the model and the columns it has.</summary>
    public static PredictionsFile Read(DuckDBConnection connection, ModelConfig model, string idColumn)
    {
        var path = model.PredictionsFile!;
        var output = model.OutputColumn ?? "output";
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {DataFormats.TableFunction(DataFormats.Detect(path), "$path")}";
        command.Parameters.Add(new DuckDBParameter("path", path));
        DuckDB.NET.Data.DuckDBDataReader reader;
        try
        {
            reader = command.ExecuteReader();
        }
        catch (DuckDBException e)
        {
            throw new Errors.ConfigException(model.Location, "predictions", $"cannot read {path}: {e.Message}");
        }
        using (reader)
        {
            var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
            Require(model, names, idColumn, "the id column");
            Require(model, names, output, "output_column");
            var idIndex = names.IndexOf(idColumn);
            var valueIndexes = new[] { names.IndexOf(output) }
                .Concat(Enumerable.Range(0, names.Count).Where(i => i != idIndex && names[i] != output))
                .ToList();
            var byId = new Dictionary<string, object?[]>();
            while (reader.Read())
            {
                if (reader.IsDBNull(idIndex))
                    continue;
                var id = Convert.ToString(reader.GetValue(idIndex), CultureInfo.InvariantCulture)!;
                byId[id] = valueIndexes.Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToArray();
            }
            return new PredictionsFile(valueIndexes.Select(i => names[i]).ToList(), byId);
        }
    }

    private static void Require(ModelConfig model, IReadOnlyList<string> names, string column, string role)
    {
        if (names.Contains(column))
            return;
        var closest = Suggest.Closest(column, names);
        throw new Errors.ConfigException(model.Location, "predictions",
            $"the predictions of model '{model.Name}' ({model.PredictionsFile}) have no column '{column}' ({role})." +
            (closest is null ? "" : $" Did you mean '{closest}'?") + $" Its columns: {string.Join(", ", names)}");
    }
}
