using System.Globalization;
using System.Text;

namespace Zeno.Tests.Support;

/// <summary>A project folder on disk for a test: files written by the test, deleted afterwards.</summary>
internal sealed class TempProject : IDisposable
{
    public TempProject()
    {
        Root = Path.Combine(Path.GetTempPath(), "zeno-project-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string ConfigPath => Path.Combine(Root, "zeno.toml");

    /// <summary>Writes a file (creating folders); returns this for chaining.</summary>
    public TempProject Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    /// <summary>Writes a CSV from a header and rows of values (strings are quoted, nulls are empty).</summary>
    public TempProject WriteCsv(string relativePath, string[] header, IEnumerable<object?[]> rows)
    {
        var text = new StringBuilder(string.Join(",", header)).Append('\n');
        foreach (var row in rows)
            text.Append(string.Join(",", row.Select(Cell))).Append('\n');
        return Write(relativePath, text.ToString());
    }

    /// <summary>Copies a folder from elsewhere into this project, e.g. a fixture or an example.</summary>
    public TempProject CopyFrom(string source)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith(".zeno", StringComparison.Ordinal))
                continue;
            var target = Path.Combine(Root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
        return this;
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        string text => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A process under test may still hold a file for a moment; the OS cleans temp folders eventually.
        }
    }
}
