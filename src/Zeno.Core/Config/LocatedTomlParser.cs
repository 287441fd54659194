using Tomlyn.Parsing;
using Tomlyn.Syntax;
using Zeno.Core.Errors;

namespace Zeno.Core.Config;

/// <summary>Parses TOML text into a <see cref="LocatedTable"/>; syntax and TOML-semantics errors become <see cref="ConfigException"/>s.</summary>
internal static class LocatedTomlParser
{
    /// <summary>Parses <paramref name="text"/>; <paramref name="file"/> is the name locations and errors carry.</summary>
    public static LocatedTable Parse(string text, string file)
    {
        // validate: true makes Tomlyn also reject what is well-formed but not valid TOML (a key defined twice, a
        // table header repeated), so the folding below never meets a conflict.
        var document = SyntaxParser.Parse(text, file, validate: true);
        var error = document.Diagnostics.FirstOrDefault(d => d.Kind == DiagnosticMessageKind.Error);
        if (error is not null)
        {
            throw new ConfigException(At(file, error.Span), null, $"invalid TOML: {error.Message}");
        }

        var root = new LocatedTable(new SourceLocation(file, 1, 1));
        foreach (var keyValue in document.KeyValues)
        {
            AddKeyValue(root, keyValue, file);
        }
        foreach (var table in document.Tables)
        {
            var target = OpenHeader(root, table, file);
            foreach (var keyValue in table.Items)
            {
                AddKeyValue(target, keyValue, file);
            }
        }
        return root;
    }

    /// <summary>Tomlyn counts lines and columns from 0; people and editors count from 1.</summary>
    private static SourceLocation At(string file, SourceSpan span) => new(file, span.Start.Line + 1, span.Start.Column + 1);

    private static LocatedTable OpenHeader(LocatedTable root, TableSyntaxBase header, string file)
    {
        var parts = KeyParts(header.Name!, file);
        var headerLocation = At(file, header.Span);
        var parent = Descend(root, parts.SkipLast(1));
        var (name, nameLocation) = parts[^1];
        var existing = parent.Find(name);
        if (header is TableArraySyntax)
        {
            var element = new LocatedTable(headerLocation);
            if (existing?.Value.Raw is List<LocatedValue> elements)
            {
                elements.Add(new LocatedValue(element, headerLocation));
            }
            else
            {
                parent.Add(new LocatedMember(name, nameLocation, new LocatedValue(new List<LocatedValue> { new(element, headerLocation) }, headerLocation)));
            }
            return element;
        }
        // A [a.b] header may reopen a table that a dotted key or an earlier [a.b.c] header created implicitly.
        if (existing?.Value.Raw is LocatedTable implicitTable)
        {
            return implicitTable;
        }
        var table = new LocatedTable(headerLocation);
        parent.Add(new LocatedMember(name, nameLocation, new LocatedValue(table, headerLocation)));
        return table;
    }

    private static void AddKeyValue(LocatedTable table, KeyValueSyntax keyValue, string file)
    {
        var parts = KeyParts(keyValue.Key!, file);
        var parent = Descend(table, parts.SkipLast(1));
        var (name, location) = parts[^1];
        parent.Add(new LocatedMember(name, location, Convert(keyValue.Value!, file)));
    }

    /// <summary>Walks a dotted path, creating the implicit tables it names; into an array of tables means into its last element.</summary>
    private static LocatedTable Descend(LocatedTable table, IEnumerable<(string Name, SourceLocation Location)> path)
    {
        foreach (var (name, location) in path)
        {
            var member = table.Find(name);
            switch (member?.Value.Raw)
            {
                case LocatedTable child:
                    table = child;
                    break;
                case List<LocatedValue> { Count: > 0 } elements when elements[^1].Raw is LocatedTable last:
                    table = last;
                    break;
                default:
                    var created = new LocatedTable(location);
                    table.Add(new LocatedMember(name, location, new LocatedValue(created, location)));
                    table = created;
                    break;
            }
        }
        return table;
    }

    private static List<(string Name, SourceLocation Location)> KeyParts(KeySyntax key, string file)
    {
        var parts = new List<(string, SourceLocation)> { Part(key.Key!, file) };
        foreach (var dotted in key.DotKeys)
        {
            parts.Add(Part(dotted.Key!, file));
        }
        return parts;
    }

    private static (string, SourceLocation) Part(BareKeyOrStringValueSyntax key, string file) => key switch
    {
        BareKeySyntax bare => (bare.Key!.Text ?? "", At(file, key.Span)),
        StringValueSyntax quoted => (quoted.Value ?? "", At(file, key.Span)),
        _ => (key.ToString() ?? "", At(file, key.Span)),
    };

    private static LocatedValue Convert(ValueSyntax value, string file)
    {
        var location = At(file, value.Span);
        object raw = value switch
        {
            StringValueSyntax s => s.Value ?? "",
            IntegerValueSyntax i => i.Value,
            FloatValueSyntax f => f.Value,
            BooleanValueSyntax b => b.Value,
            ArraySyntax array => array.Items.Select(item => Convert(item.Value!, file)).ToList(),
            InlineTableSyntax inline => InlineTable(inline, location, file),
            _ => new TomlDateTimeText(value.ToString()?.Trim() ?? ""),
        };
        return new LocatedValue(raw, location);
    }

    private static LocatedTable InlineTable(InlineTableSyntax inline, SourceLocation location, string file)
    {
        var table = new LocatedTable(location);
        foreach (var item in inline.Items)
        {
            AddKeyValue(table, item.KeyValue!, file);
        }
        return table;
    }
}
