using System.Globalization;
using System.Text;

namespace Zeno.Core.Config;

/// <summary>
/// Writes slices and tests as zeno.toml tables (<c>[[slices]]</c>, <c>[[tests]]</c>) that <see cref="ConfigLoader"/>
/// reads back, so what people made in the UI can move into the config and into CI. Filters and expectations go in
/// TOML literal strings (<c>'...'</c>, no escapes, as the README recommends) when they can; other text in basic strings.
/// </summary>
/// <remarks>
/// The output holds tables only, so it can be appended to a zeno.toml. Tests name their slice, metric and models; the
/// config they join must declare those (a test's slice may be one of the exported slices).
/// </remarks>
public static class StateExport
{
    /// <summary>The tables for <paramref name="slices"/> then <paramref name="tests"/>, separated by blank lines.</summary>
    public static string Toml(IEnumerable<SliceConfig> slices, IEnumerable<TestConfig> tests)
    {
        ArgumentNullException.ThrowIfNull(slices);
        ArgumentNullException.ThrowIfNull(tests);
        var tables = new List<string>();
        foreach (var slice in slices)
        {
            var table = new StringBuilder("[[slices]]\n");
            Key(table, "name", Basic(slice.Name));
            if (slice.Folder is not null)
                Key(table, "folder", Basic(slice.Folder));
            Key(table, "filter", Text(slice.Filter));
            tables.Add(table.ToString());
        }
        foreach (var test in tests)
        {
            var table = new StringBuilder("[[tests]]\n");
            Key(table, "name", Basic(test.Name));
            Key(table, "slice", Basic(test.Slice));
            Key(table, "metric", Basic(test.Metric));
            Key(table, "expect", Text(test.Expect));
            // "latest" is the loader's default, so it is left out as a hand-written config would.
            if (test.Models.Kind == TestModelsKind.All)
                Key(table, "models", Basic("all"));
            else if (test.Models.Kind == TestModelsKind.List)
                Key(table, "models", "[" + string.Join(", ", test.Models.Names.Select(Basic)) + "]");
            tables.Add(table.ToString());
        }
        return string.Join("\n", tables);
    }

    /// <summary>A literal string <c>'...'</c> when the text has no <c>'</c> and no control character; otherwise a basic string.</summary>
    internal static string Text(string text) =>
        text.Contains('\'', StringComparison.Ordinal) || text.Any(char.IsControl) ? Basic(text) : "'" + text + "'";

    /// <summary>A basic string <c>"..."</c> with TOML's escapes for quotes, backslashes and control characters.</summary>
    internal static string Basic(string text)
    {
        var sb = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => sb.Append("\\\""),
                '\\' => sb.Append("\\\\"),
                '\b' => sb.Append("\\b"),
                '\t' => sb.Append("\\t"),
                '\n' => sb.Append("\\n"),
                '\f' => sb.Append("\\f"),
                '\r' => sb.Append("\\r"),
                _ when char.IsControl(c) => sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => sb.Append(c),
            };
        }
        return sb.Append('"').ToString();
    }

    private static void Key(StringBuilder table, string key, string value) => table.Append(key).Append(" = ").Append(value).Append('\n');
}
