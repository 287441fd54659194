using System.Globalization;
using System.Text.Json.Serialization;

namespace Zeno.Bench.Workload;

/// <summary>
/// One comparison of a filter, kept as data so that the same filter reaches every engine: Zeno's filter language,
/// SQL for the direct-DuckDB baseline, and (as JSON) pandas masks. Ops: == &lt; &lt;= &gt;= in ~ (substring, any case).
/// </summary>
internal sealed record Condition(string Column, string Op, [property: JsonConverter(typeof(ValueConverter))] object Value)
{
    public static Condition Eq(string column, object value) => new(column, "==", value);

    public static Condition Ge(string column, object value) => new(column, ">=", value);

    public static Condition Lt(string column, object value) => new(column, "<", value);

    public static Condition Le(string column, object value) => new(column, "<=", value);

    public static Condition In(string column, params string[] values) => new(column, "in", values);

    public static Condition Contains(string column, string text) => new(column, "~", text);

    /// <summary>The condition in Zeno's filter language.</summary>
    public string ToZeno() => Op switch
    {
        "in" => $"{Column} in [{string.Join(", ", ((string[])Value).Select(ZenoLiteral))}]",
        "~" => $"{Column} ~ {ZenoLiteral(Value)}",
        _ => $"{Column} {Op} {ZenoLiteral(Value)}",
    };

    /// <summary>The condition as a DuckDB predicate (the values are the bench's own constants, so literals are safe).</summary>
    public string ToSql(string column) => Op switch
    {
        "in" => $"{column} IN ({string.Join(", ", ((string[])Value).Select(SqlLiteral))})",
        "~" => $"contains(lower({column}), {SqlLiteral(((string)Value).ToLowerInvariant())})",
        "==" => $"{column} = {SqlLiteral(Value)}",
        _ => $"{column} {Op} {SqlLiteral(Value)}",
    };

    private static string ZenoLiteral(object value) => value switch
    {
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double n => n.ToString("R", CultureInfo.InvariantCulture),
        int n => n.ToString(CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"no literal for {value}"),
    };

    internal static string SqlLiteral(object value) => value switch
    {
        string s => $"'{s.Replace("'", "''", StringComparison.Ordinal)}'",
        bool b => b ? "true" : "false",
        DateTime d => $"TIMESTAMP '{d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}'",
        double n => n.ToString("R", CultureInfo.InvariantCulture),
        int n => n.ToString(CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"no literal for {value}"),
    };
}

/// <summary>A chart's selection clause: the column it came from and its conditions (ANDed).</summary>
internal sealed record Clause(string Source, IReadOnlyList<Condition> Conditions)
{
    public static Clause Of(string source, params Condition[] conditions) => new(source, conditions);

    public string ToZeno() => string.Join(" and ", Conditions.Select(condition => condition.ToZeno()));
}

/// <summary>Writes a condition's value as JSON with its type (string, number, bool, date, list), for pandas.</summary>
internal sealed class ValueConverter : JsonConverter<object>
{
    public override object Read(ref System.Text.Json.Utf8JsonReader reader, Type typeToConvert, System.Text.Json.JsonSerializerOptions options) =>
        throw new NotSupportedException();

    public override void Write(System.Text.Json.Utf8JsonWriter writer, object value, System.Text.Json.JsonSerializerOptions options)
    {
        switch (value)
        {
            case DateTime d:
                writer.WriteStartObject();
                writer.WriteString("date", d.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
                writer.WriteEndObject();
                break;
            case string[] list:
                System.Text.Json.JsonSerializer.Serialize(writer, list);
                break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case double n: writer.WriteNumberValue(n); break;
            case int n: writer.WriteNumberValue(n); break;
            default: throw new NotSupportedException(value.GetType().Name);
        }
    }
}
