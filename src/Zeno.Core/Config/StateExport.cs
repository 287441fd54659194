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
            Key(table, "name", TomlText.Basic(slice.Name));
            if (slice.Folder is not null)
                Key(table, "folder", TomlText.Basic(slice.Folder));
            Key(table, "filter", TomlText.Text(slice.Filter));
            tables.Add(table.ToString());
        }
        foreach (var test in tests)
        {
            var table = new StringBuilder("[[tests]]\n");
            Key(table, "name", TomlText.Basic(test.Name));
            Key(table, "slice", TomlText.Basic(test.Slice));
            Key(table, "metric", TomlText.Basic(test.Metric));
            Key(table, "expect", TomlText.Text(test.Expect));
            // "latest" is the loader's default, so it is left out as a hand-written config would.
            if (test.Models.Kind == TestModelsKind.All)
                Key(table, "models", TomlText.Basic("all"));
            else if (test.Models.Kind == TestModelsKind.List)
                Key(table, "models", "[" + string.Join(", ", test.Models.Names.Select(TomlText.Basic)) + "]");
            tables.Add(table.ToString());
        }
        return string.Join("\n", tables);
    }

    private static void Key(StringBuilder table, string key, string value) => table.Append(key).Append(" = ").Append(value).Append('\n');
}
