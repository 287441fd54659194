using System.Globalization;
using DuckDB.NET.Data;
using Zeno.Core.Config;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Sql;

namespace Zeno.Tests.Support;

/// <summary>
/// Random test data from a seeded <see cref="Random"/>, so a failure reproduces from its seed: tables with a
/// column of every kind (with NULLs, text with spaces and capitals, a name that needs quoting, text that reads as
/// numbers, booleans and dates), and predicate trees, either valid for such a table (<see cref="Predicate"/>) or only
/// well-formed (<see cref="AnyPredicate"/>).
/// </summary>
public static class Some
{
    public static readonly string[] Words = ["cat", "Cat", "dog", "DOG", "bird", "hello", "world", "sat", "mat", "a", "the", "The", "barked"];

    private static readonly double[] Numbers = [-2.5, -1, 0, 0.5, 1, 1.5, 2, 3.25, 10, 100];
    private static readonly string[] Labels = ["0", "1", "2", "cat", "dog", "Cat"];

    // Names that need backticks, keywords included: the language must read them back on either side of a comparison.
    private static readonly string[] AnyNames = ["x", "mean radius", "and", "a.b", "_y1", "tick`s", "\"q\"", "ünï", "NULL", "1st", "In", "true", "False"];

    /// <summary>A table with an id column and one column of every kind; about one value in seven is NULL.</summary>
    public static SomeTable Table(Random random, int rows = 150)
    {
        T?[] Fill<T>(Func<T> make) => [.. Enumerable.Range(0, rows).Select(_ => random.Next(7) == 0 ? default : make())];
        var start = new DateTime(2024, 1, 1);
        return new SomeTable("id",
        [
            new("id", ColumnType.Nominal, StorageKind.String, "VARCHAR", [.. Enumerable.Range(0, rows).Select(i => (object?)$"r{i:D3}")]),
            new("score", ColumnType.Continuous, StorageKind.Numeric, "DOUBLE",
                Box(Fill<double?>(() => random.Next(2) == 0 ? Pick(random, Numbers) : Math.Round(random.NextDouble() * 20 - 5, 2)))),
            new("count", ColumnType.Nominal, StorageKind.Numeric, "BIGINT", Box(Fill<long?>(() => random.Next(6)))),
            new("label", ColumnType.Nominal, StorageKind.String, "VARCHAR", Box(Fill(() => Pick(random, Labels)))),
            new("flag", ColumnType.Boolean, StorageKind.Boolean, "BOOLEAN", Box(Fill<bool?>(() => random.Next(2) == 0))),
            new("review text", ColumnType.Text, StorageKind.String, "VARCHAR", Box(Fill(() => Sentence(random)))),
            new("created", ColumnType.Datetime, StorageKind.Timestamp, "TIMESTAMP",
                Box(Fill<DateTime?>(() => start.AddDays(random.Next(60)).AddHours(random.Next(3) == 0 ? 0 : random.Next(24))))),
            new("day", ColumnType.Datetime, StorageKind.Timestamp, "DATE", Box(Fill<DateTime?>(() => start.AddDays(random.Next(30))))),
            new("price", ColumnType.Continuous, StorageKind.Numeric, "DECIMAL(8,2)", Box(Fill<double?>(() => Math.Round(random.NextDouble() * 50, 2)))),
            new("odd \"name\"", ColumnType.Nominal, StorageKind.String, "VARCHAR", Box(Fill(() => Pick(random, ["x", "y", "x y"])))),
            // Last, so the columns above hold the same values for a seed as before it was added.
            new("answer", ColumnType.Nominal, StorageKind.String, "VARCHAR", Box(Fill(() => Answer(random, start)))),
        ]);
    }

    /// <summary>A tree that compiles against <paramref name="table"/>: values taken mostly from the data, so leaves match some rows.</summary>
    public static Predicate Predicate(Random random, SomeTable table, int depth = 3)
    {
        if (depth == 0 || random.Next(10) < 4)
        {
            return Leaf(random, table);
        }
        return random.Next(10) switch
        {
            < 3 => new Not(Predicate(random, table, depth - 1)),
            var n => new Group(n % 2 == 0 ? GroupOp.And : GroupOp.Or,
                Enumerable.Range(0, random.Next(2, 4)).Select(_ => Predicate(random, table, depth - 1)).ToList()),
        };
    }

    /// <summary>A well-formed tree with awkward names, strings, numbers and patterns: for the language, not a table.</summary>
    public static Predicate AnyPredicate(Random random, int depth = 3)
    {
        if (depth == 0 || random.Next(10) < 4)
        {
            var column = Pick(random, AnyNames);
            return random.Next(7) switch
            {
                0 => new Comparison(column, (ComparisonOp)random.Next(6), AnyValue(random)),
                1 => new InList(column, Enumerable.Range(0, random.Next(4)).Select(_ => AnyValue(random)).ToList(), random.Next(2) == 0),
                2 => new IsNull(column, random.Next(2) == 0),
                3 => new IdSet(Enumerable.Range(0, random.Next(4)).Select(_ => AnyString(random)).ToList(), random.Next(2) == 0),
                4 => new ColumnComparison(column, (ComparisonOp)random.Next(6), Pick(random, AnyNames)),
                _ => random.Next(2) == 0
                    ? new TextMatch(column, AnyString(random), false, random.Next(2) == 0, random.Next(2) == 0, random.Next(2) == 0)
                    : new TextMatch(column, AnyRegex(random), true, random.Next(2) == 0, random.Next(2) == 0, random.Next(2) == 0),
            };
        }
        return random.Next(12) switch
        {
            0 => new Group((GroupOp)random.Next(2), []),
            < 4 => new Not(AnyPredicate(random, depth - 1)),
            _ => new Group((GroupOp)random.Next(2), Enumerable.Range(0, random.Next(2, 5)).Select(_ => AnyPredicate(random, depth - 1)).ToList()),
        };
    }

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static Predicate Leaf(Random random, SomeTable table)
    {
        var column = Pick(random, table.Columns);
        if (random.Next(6) == 0)
        {
            return ColumnLeaf(random, table, column);
        }
        var kind = random.Next(column.Storage == StorageKind.String ? 7 : 5);
        return kind switch
        {
            0 or 1 => new Comparison(column.Name, (ComparisonOp)random.Next(6), ValueFor(random, column)),
            2 => new InList(column.Name, Enumerable.Range(0, random.Next(4)).Select(_ => ValueFor(random, column)).ToList(), random.Next(2) == 0),
            3 => new IsNull(column.Name, random.Next(2) == 0),
            4 => new IdSet(Enumerable.Range(0, random.Next(5)).Select(_ => random.Next(8) == 0 ? "zzz" : Pick(random, table.Ids)).ToList(), random.Next(2) == 0),
            _ => TextLeaf(random, column),
        };
    }

    /// <summary>Whether a filter may compare the two columns: the same kind, or text with anything.</summary>
    public static bool Comparable(SomeColumn a, SomeColumn b) =>
        a.Storage == b.Storage || a.Storage == StorageKind.String || b.Storage == StorageKind.String;

    // Either column may be on the left.
    private static ColumnComparison ColumnLeaf(Random random, SomeTable table, SomeColumn column)
    {
        var other = Pick(random, table.Columns.Where(c => Comparable(column, c)).ToList());
        var op = (ComparisonOp)random.Next(6);
        return random.Next(2) == 0 ? new(column.Name, op, other.Name) : new(other.Name, op, column.Name);
    }

    /// <summary>A literal that compiles against <paramref name="column"/>, usually one of its values, sometimes in another spelling.</summary>
    public static FilterValue ValueFor(Random random, SomeColumn column)
    {
        var present = column.Values.Where(v => v is not null).ToList();
        var value = present.Count > 0 && random.Next(4) > 0 ? present[random.Next(present.Count)] : null;
        return (column.Storage, value) switch
        {
            (StorageKind.Numeric, double d) when random.Next(5) == 0 => new FilterValue.Text(d.ToString("R", CultureInfo.InvariantCulture)),
            (StorageKind.Numeric, double d) => new FilterValue.Number(d),
            (StorageKind.Numeric, long l) => new FilterValue.Number(l),
            (StorageKind.Numeric, _) => new FilterValue.Number(Math.Round(random.NextDouble() * 10, random.Next(4))),
            (StorageKind.String, _) when random.Next(6) == 0 => new FilterValue.Number(random.Next(3)),
            (StorageKind.String, string s) => new FilterValue.Text(s),
            (StorageKind.String, _) => new FilterValue.Text(Pick(random, Words)),
            (StorageKind.Boolean, _) when random.Next(5) == 0 => new FilterValue.Text(random.Next(2) == 0 ? "true" : "False"),
            (StorageKind.Boolean, _) => new FilterValue.Bool(random.Next(2) == 0),
            (StorageKind.Timestamp, DateTime t) when random.Next(4) == 0 => new FilterValue.Text(t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)),
            (StorageKind.Timestamp, DateTime t) when random.Next(3) == 0 => new FilterValue.Date(t.AddHours(random.Next(-12, 12))),
            (StorageKind.Timestamp, DateTime t) => new FilterValue.Date(t),
            (StorageKind.Timestamp, _) => new FilterValue.Date(new DateTime(2024, 1, 1).AddDays(random.Next(60))),
            _ => throw new InvalidOperationException($"No values for {column.Storage}."),
        };
    }

    // Patterns that RE2 (DuckDB) and .NET read the same way: words, anchors, '.', classes; ASCII only.
    private static TextMatch TextLeaf(Random random, SomeColumn column)
    {
        var word = Pick(random, Words);
        var present = column.Values.OfType<string>().ToList();
        var isRegex = random.Next(3) == 0;
        var pattern = isRegex
            ? Pick(random, ["^" + word, word + "$", word[..1] + "." + word[1..], "[a-d]" + word[1..], "^[A-Z]", word])
            : random.Next(2) == 0 && present.Count > 0 ? Substring(random, present[random.Next(present.Count)]) : word;
        return new TextMatch(column.Name, pattern, isRegex, random.Next(2) == 0, random.Next(3) == 0, random.Next(3) == 0);
    }

    private static string Substring(Random random, string text)
    {
        var start = random.Next(text.Length + 1);
        return text.Substring(start, random.Next(text.Length - start + 1));
    }

    // Text that other kinds meet as text: numbers in several spellings ("1" equals 1, "1.0" does not), booleans,
    // and dates in the ISO forms (zones included) and in forms that are not read as dates.
    private static string Answer(Random random, DateTime start)
    {
        if (random.Next(3) > 0)
        {
            return random.Next(2) == 0
                ? Pick(random, ["0", "1", "2", "1.0", "0.5", "-2.5", "3.25", "10", "-1", "1e-05", "05"])
                : Pick(random, ["true", "false", "True", "cat", "", " 1"]);
        }
        var time = start.AddDays(random.Next(30)).AddHours(random.Next(2) == 0 ? 0 : random.Next(24));
        string Format(string format) => time.ToString(format, CultureInfo.InvariantCulture);
        return random.Next(11) switch
        {
            0 => Format("yyyy-MM-dd"),
            1 => Format("yyyy-MM-dd HH:mm"),
            2 => Format("yyyy-MM-dd'T'HH:mm:ss"),
            3 => Format("yyyy-MM-dd'T'HH:mm:ss'Z'"),
            4 => time.AddHours(2).ToString("yyyy-MM-dd'T'HH:mm:ss'+02:00'", CultureInfo.InvariantCulture),
            5 => time.AddMinutes(-330).ToString("yyyy-MM-dd HH:mm:ss'.0-0530'", CultureInfo.InvariantCulture),
            6 => Format("yyyy-MM-dd'T'HH:mm:ss'.0000001'"),
            7 => Format("yyyy-MM-dd'T'HH:mm'Z'"),
            8 => Format("yyyy-M-d"),
            9 => Format("yyyy-MM-dd' 24:00:00'"),
            _ => Pick(random, ["2024-02-30", "2024-01-05T25:00", " 2024-01-05", "2024-01-05 UTC"]),
        };
    }

    private static string Sentence(Random random) =>
        string.Join(random.Next(8) == 0 ? "  " : " ", Enumerable.Range(0, random.Next(1, 5)).Select(_ => Pick(random, Words)))
        + Pick(random, ["", "", ".", "!", ", ok"]);

    private static FilterValue AnyValue(Random random) => random.Next(5) switch
    {
        0 => new FilterValue.Number(Pick(random, [0, -0.0, 1, -7, 1.5e-7, 1e21, 123456.789, Math.PI, -1e-300])),
        1 => new FilterValue.Number(Math.Round((random.NextDouble() - 0.5) * 1e6, random.Next(8))),
        2 => new FilterValue.Text(AnyString(random)),
        3 => new FilterValue.Bool(random.Next(2) == 0),
        _ => new FilterValue.Date(AnyDate(random)),
    };

    // Half of them at midnight, which the language writes as a bare date.
    private static DateTime AnyDate(Random random)
    {
        var time = new DateTime(2000, 1, 1).AddTicks((long)(random.NextDouble() * TimeSpan.TicksPerDay * 9000));
        return random.Next(2) == 0 ? time.Date : time;
    }

    private static string AnyString(Random random) =>
        string.Concat(Enumerable.Range(0, random.Next(5)).Select(_ => Pick(random, ["a", " ", "\"", "\\", "/", "`", "'", "\n", "\t", "\u0001", "é", "😀", "; DROP TABLE t; --", "and", "$p0", "*"])));

    private static string AnyRegex(Random random) =>
        string.Concat(Enumerable.Range(0, random.Next(1, 5)).Select(_ => Pick(random, ["a", "^", "$", ".", "[a-z]", "\\b", "\\d+", "\\\\", "/", "(x|y)", " ", "é"])));

    private static IReadOnlyList<object?> Box<T>(IEnumerable<T> values) => [.. values.Select(v => (object?)v)];
}

/// <summary>One column of a <see cref="SomeTable"/>: its name, types, DuckDB type and values (null for missing).</summary>
public sealed record SomeColumn(string Name, ColumnType Type, StorageKind Storage, string SqlType, IReadOnlyList<object?> Values);

/// <summary>A random table in memory, which can create itself in DuckDB and describe itself to the filter compiler.</summary>
public sealed class SomeTable(string idColumn, IReadOnlyList<SomeColumn> columns)
{
    public string IdColumn => idColumn;

    public IReadOnlyList<SomeColumn> Columns => columns;

    public int RowCount => columns[0].Values.Count;

    public IReadOnlyList<string> Ids => [.. this[idColumn].Values.Cast<string>()];

    public SomeColumn this[string name] => columns.Single(c => c.Name == name);

    /// <summary>Resolves this table's columns as <c>"table"."name"</c>.</summary>
    public DictionaryColumnResolver Resolver(string table = "t") =>
        new(columns.Select(c => ResolvedColumn.Quoted(c.Name, c.Type, c.Storage, table)), idColumn);

    /// <summary>Creates the table in <paramref name="connection"/> and inserts every row with bound parameters.</summary>
    public void CreateIn(DuckDBConnection connection, string table = "t")
    {
        using var create = connection.CreateCommand();
        create.CommandText = $"CREATE TABLE {Sql.QuoteIdentifier(table)} ({string.Join(", ", columns.Select(c => $"{Sql.QuoteIdentifier(c.Name)} {c.SqlType}"))})";
        create.ExecuteNonQuery();
        for (var row = 0; row < RowCount; row++)
        {
            using var insert = connection.CreateCommand();
            var parameters = new SqlParameters();
            insert.CommandText = $"INSERT INTO {Sql.QuoteIdentifier(table)} VALUES ({string.Join(", ", columns.Select(c => parameters.Add(c.Values[row])))})";
            parameters.ApplyTo(insert);
            insert.ExecuteNonQuery();
        }
    }
}
