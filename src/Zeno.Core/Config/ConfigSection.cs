using System.Globalization;
using Zeno.Core.Errors;

namespace Zeno.Core.Config;

/// <summary>
/// Reads one table of zeno.toml with types checked and every error located: a typed view over a
/// <see cref="LocatedTable"/> that knows its key path (<c>models[1]</c>) for messages and its folder for paths.
/// </summary>
internal sealed class ConfigSection(LocatedTable table, string path, string title, string baseDirectory)
{
    /// <summary>Where the table starts (its header), where errors about missing keys point.</summary>
    public SourceLocation Location => table.Location;

    /// <summary>How messages name the table: "the top level", "[[models]]", "[columns.label]".</summary>
    public string Title { get; } = title;

    /// <summary>The member with this key, or null.</summary>
    public LocatedMember? Find(string key) => table.Find(key);

    /// <summary>The dotted path of a key in this table, as messages print it (<c>models[1].output_column</c>).</summary>
    public string KeyPath(string key) => path.Length == 0 ? Quote(key) : $"{path}.{Quote(key)}";

    /// <summary>Throws for the first key (in file order) that is not in <paramref name="valid"/>, suggesting the closest valid one.</summary>
    public void RejectUnknownKeys(IReadOnlyCollection<string> valid)
    {
        var unknown = table.Members.FirstOrDefault(m => !valid.Contains(m.Key));
        if (unknown is null)
        {
            return;
        }
        var suggestion = Suggest.Closest(unknown.Key, valid);
        throw KeyError(unknown, suggestion is not null
            ? $"unknown key in {Title}; did you mean '{suggestion}'?"
            : $"unknown key in {Title}; valid keys: {string.Join(", ", valid)}");
    }

    /// <summary>An error about a key itself (unknown, not allowed here), located at the key.</summary>
    public ConfigException KeyError(LocatedMember member, string message) => new(member.KeyLocation, KeyPath(member.Key), message);

    /// <summary>An error about a key's value, located at the value.</summary>
    public ConfigException ValueError(LocatedMember member, string message) => new(member.Value.Location, KeyPath(member.Key), message);

    /// <summary>An error about a key that should be there and is not, located at the table's header.</summary>
    public ConfigException Missing(string key, string what) => new(Location, KeyPath(key), $"missing from {Title}; {what}");

    /// <summary>The string value of <paramref name="key"/>, or null when absent. Empty strings are rejected: leave the key out instead.</summary>
    public string? String(string key)
    {
        if (Find(key) is not { } member)
        {
            return null;
        }
        if (member.Value.Raw is not string text)
        {
            throw ValueError(member, $"expected a string, found {Found(member.Value)}");
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            throw ValueError(member, "must not be empty (leave the key out instead)");
        }
        return text;
    }

    /// <summary>The string value of a key that must be present; <paramref name="what"/> says what it is for.</summary>
    public string RequiredString(string key, string what) => String(key) ?? throw Missing(key, what);

    /// <summary>An integer key within [<paramref name="min"/>, <paramref name="max"/>], or <paramref name="fallback"/> when absent.</summary>
    public int Int(string key, int fallback, int min, int max = int.MaxValue)
    {
        if (Find(key) is not { } member)
        {
            return fallback;
        }
        if (member.Value.Raw is not long value)
        {
            throw ValueError(member, $"expected an integer, found {Found(member.Value)}");
        }
        if (value < min || value > max)
        {
            throw ValueError(member, max == int.MaxValue ? $"must be at least {min}, found {value}" : $"must be between {min} and {max}, found {value}");
        }
        return (int)value;
    }

    /// <summary>An integer key within [<paramref name="min"/>, <paramref name="max"/>], or null when absent.</summary>
    public int? OptionalInt(string key, int min, int max = int.MaxValue) => Find(key) is null ? null : Int(key, 0, min, max);

    /// <summary>A path key made absolute against the config file's folder (a leading <c>~/</c> means the home folder), or null when absent.</summary>
    public string? Path(string key) => String(key) is { } value ? Resolve(value) : null;

    /// <summary>Makes a path from the config absolute.</summary>
    public string Resolve(string value)
    {
        if (value == "~" || value.StartsWith("~/", StringComparison.Ordinal))
        {
            value = System.IO.Path.Join(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), value[1..].TrimStart('/'));
        }
        return System.IO.Path.GetFullPath(System.IO.Path.Combine(baseDirectory, value));
    }

    /// <summary>The entries of an array of tables (<c>[[key]]</c> headers or <c>key = [{...}]</c>); empty when absent.</summary>
    public IReadOnlyList<ConfigSection> TableArray(string key)
    {
        if (Find(key) is not { } member)
        {
            return [];
        }
        if (member.Value.Raw is not IReadOnlyList<LocatedValue> items)
        {
            throw ValueError(member, $"expected an array of tables (one [[{key}]] header per entry), found {Found(member.Value)}");
        }
        var sections = new List<ConfigSection>();
        foreach (var item in items)
        {
            if (item.Raw is not LocatedTable entry)
            {
                throw new ConfigException(item.Location, KeyPath(key), $"expected a table in [[{key}]], found {Found(item)}");
            }
            sections.Add(new ConfigSection(entry, $"{KeyPath(key)}[{sections.Count}]", $"[[{key}]]", baseDirectory));
        }
        return sections;
    }

    /// <summary>The sub-tables of a table of tables (<c>[columns.NAME]</c>), with each name's member; empty when absent.</summary>
    public IReadOnlyList<(LocatedMember Member, ConfigSection Section)> SubTables(string key)
    {
        if (Find(key) is not { } member)
        {
            return [];
        }
        if (member.Value.Raw is not LocatedTable parent)
        {
            throw ValueError(member, $"expected a table ([{key}.NAME] headers), found {Found(member.Value)}");
        }
        var section = new ConfigSection(parent, KeyPath(key), $"[{key}]", baseDirectory);
        return parent.Members.Select(child => child.Value.Raw is LocatedTable childTable
                ? (child, new ConfigSection(childTable, section.KeyPath(child.Key), $"[{section.KeyPath(child.Key)}]", baseDirectory))
                : throw section.ValueError(child, $"expected a table ([{section.KeyPath(child.Key)}] with its keys below), found {Found(child.Value)}"))
            .ToList();
    }

    /// <summary>A value's type and, for scalars, the value itself, as "found ..." messages print it.</summary>
    public static string Found(LocatedValue value) => value.Raw switch
    {
        string text => $"a string (\"{text}\")",
        long number => $"an integer ({number})",
        double number => $"a float ({number.ToString(CultureInfo.InvariantCulture)})",
        bool flag => $"a boolean ({(flag ? "true" : "false")})",
        TomlDateTimeText date => $"a date-time ({date.Text})",
        _ => value.Describe(),
    };

    /// <summary>Keys that are not bare TOML keys are printed quoted, as they would be written.</summary>
    private static string Quote(string key) =>
        key.Length > 0 && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-') ? key : $"\"{key}\"";
}
