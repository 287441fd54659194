using Zeno.Core.Errors;

namespace Zeno.Core.Config;

// [columns.NAME] and [[models]]: what the data table's columns are and where model outputs come from.
public static partial class ConfigLoader
{
    private static IReadOnlyDictionary<string, ColumnTypeOverride> ReadColumnTypes(ConfigSection top)
    {
        var overrides = new Dictionary<string, ColumnTypeOverride>(StringComparer.Ordinal);
        foreach (var (column, section) in top.SubTables("columns"))
        {
            section.RejectUnknownKeys(ConfigKeys.Column);
            var typeName = section.RequiredString("type", $"give the column's type, one of: {string.Join(", ", ConfigKeys.ColumnTypes.Keys)}");
            if (!ConfigKeys.ColumnTypes.TryGetValue(typeName, out var type))
            {
                throw section.ValueError(section.Find("type")!, UnknownWord("column type", typeName, ConfigKeys.ColumnTypes.Keys.ToList()));
            }
            // The column's name is where later checks ("no such column in the data") should point.
            overrides[column.Key] = new ColumnTypeOverride(column.Key, type, column.KeyLocation);
        }
        return overrides;
    }

    private static IReadOnlyList<ModelConfig> ReadModels(ConfigSection top)
    {
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var models = new List<ModelConfig>();
        foreach (var section in top.TableArray("models"))
        {
            section.RejectUnknownKeys(ConfigKeys.Model);
            var name = ReadUniqueName(section, seen, "model");
            var predictions = section.Path("predictions");
            if (predictions is not null)
            {
                RequireTableFile(section, section.Find("predictions")!, predictions, "predictions file");
            }
            // With a predictions file the output column has a conventional name; without one, output_column is the
            // only thing that tells a data-table column apart from a [Model] function, so it has no default.
            var outputColumn = section.String("output_column") ?? (predictions is null ? null : "output");
            models.Add(new ModelConfig(name, section.Location) { PredictionsFile = predictions, OutputColumn = outputColumn });
        }
        return models;
    }
}
