using Zeno.Core.Config;
using Zeno.Core.Data;

namespace Zeno.Core.Tests.Data;

public sealed class TypeInferenceTests
{
    public static TheoryData<ColumnProfile, ColumnType> Profiles => new()
    {
        { new ColumnProfile("flag", "BOOLEAN", 100, 2), ColumnType.Boolean },
        { new ColumnProfile("when", "TIMESTAMP", 100, 90), ColumnType.Datetime },
        { new ColumnProfile("day", "DATE", 100, 30), ColumnType.Datetime },
        { new ColumnProfile("stars", "BIGINT", 1000, 5), ColumnType.Nominal },
        { new ColumnProfile("age", "BIGINT", 1000, 70), ColumnType.Continuous },
        { new ColumnProfile("score", "DOUBLE", 1000, 950), ColumnType.Continuous },
        { new ColumnProfile("price", "DECIMAL(8,2)", 1000, 400), ColumnType.Continuous },
        { new ColumnProfile("yes/no text", "VARCHAR", 100, 2, BooleanLike: 100), ColumnType.Boolean },
        { new ColumnProfile("numbers as text", "VARCHAR", 100, 80, NumberLike: 100), ColumnType.Continuous },
        { new ColumnProfile("codes as text", "VARCHAR", 100, 3, NumberLike: 100), ColumnType.Nominal },
        { new ColumnProfile("iso dates", "VARCHAR", 100, 60, DateLike: 100), ColumnType.Datetime },
        { new ColumnProfile("label", "VARCHAR", 3000, 2, AverageLength: 4), ColumnType.Nominal },
        { new ColumnProfile("domain", "VARCHAR", 3000, 800, AverageLength: 14), ColumnType.Nominal },
        { new ColumnProfile("email text", "VARCHAR", 3000, 2990, WithSpaces: 2990, AverageLength: 900), ColumnType.Text },
        { new ColumnProfile("short sentences", "VARCHAR", 3000, 2500, WithSpaces: 2800, AverageLength: 20), ColumnType.Text },
        { new ColumnProfile("all null", "VARCHAR", 0, 0), ColumnType.Nominal },
    };

    [Theory]
    [MemberData(nameof(Profiles))]
    public void A_profile_infers_the_type_a_practitioner_expects(ColumnProfile profile, ColumnType expected) =>
        Assert.Equal(expected, TypeInference.Infer(profile));

    [Fact]
    public void Profiling_real_columns_in_duckdb_infers_their_types()
    {
        using var project = new Zeno.Tests.Support.TempProject();
        project.WriteCsv("t.csv", ["id", "flag", "when", "stars", "score", "text", "kind"], Enumerable.Range(0, 200).Select(i => new object?[]
        {
            i, i % 2 == 0 ? "true" : "false", $"2024-01-{1 + i % 28:D2}", 1 + i % 5, i * 1.37, $"a long free text sentence number {i} with words", i % 3 == 0 ? "a" : "b",
        }));
        var (rows, columns) = DataInspector.Inspect(Path.Combine(project.Root, "t.csv"));
        Assert.Equal(200, rows);
        var types = columns.ToDictionary(c => c.Column.Name, c => c.Column.Type);
        Assert.Equal(ColumnType.Continuous, types["id"]);
        Assert.Equal(ColumnType.Boolean, types["flag"]);
        Assert.Equal(ColumnType.Datetime, types["when"]);
        Assert.Equal(ColumnType.Nominal, types["stars"]);
        Assert.Equal(ColumnType.Continuous, types["score"]);
        Assert.Equal(ColumnType.Text, types["text"]);
        Assert.Equal(ColumnType.Nominal, types["kind"]);
    }
}
