using Zeno.Core.Errors;

namespace Zeno.Core.Config;

// The loader needs two things at once: TOML's meaning (a [a.b] header, a dotted key a.b = ... and an inline table
// all make the same table) and a line for every key, value and [[header]]. Tomlyn's syntax tree has the lines but
// keeps those spellings apart, so it is folded once into this small located tree.

/// <summary>
/// A TOML value and where it was written. <see cref="Raw"/> is a <see cref="string"/>, <see cref="long"/>,
/// <see cref="double"/>, <see cref="bool"/>, <see cref="TomlDateTimeText"/>, <see cref="LocatedTable"/> or an
/// <see cref="IReadOnlyList{T}"/> of <see cref="LocatedValue"/> (arrays and arrays of tables).
/// </summary>
internal sealed record LocatedValue(object Raw, SourceLocation Location)
{
    /// <summary>The value's TOML type with an article, for messages ("an integer").</summary>
    public string Describe() => Raw switch
    {
        string => "a string",
        long => "an integer",
        double => "a float",
        bool => "a boolean",
        TomlDateTimeText => "a date-time",
        LocatedTable => "a table",
        IReadOnlyList<LocatedValue> => "an array",
        _ => "an unknown value",
    };
}

/// <summary>A TOML date or time, kept as written: no zeno.toml key takes one, so it only ever appears in errors.</summary>
internal sealed record TomlDateTimeText(string Text);

/// <summary>One key of a table: its name, where the key was written, and its value.</summary>
internal sealed record LocatedMember(string Key, SourceLocation KeyLocation, LocatedValue Value);

/// <summary>A TOML table whose members keep file order and their locations.</summary>
internal sealed class LocatedTable(SourceLocation location)
{
    private readonly List<LocatedMember> _members = [];
    private readonly Dictionary<string, LocatedMember> _byKey = new(StringComparer.Ordinal);

    /// <summary>Where the table starts: its header, inline brace, or the first dotted key that made it.</summary>
    public SourceLocation Location { get; } = location;

    /// <summary>The members in the order they appear in the file.</summary>
    public IReadOnlyList<LocatedMember> Members => _members;

    /// <summary>The member with this exact key, or null.</summary>
    public LocatedMember? Find(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>Adds a member; the TOML validator has already rejected duplicate keys.</summary>
    public void Add(LocatedMember member)
    {
        _members.Add(member);
        _byKey[member.Key] = member;
    }
}
