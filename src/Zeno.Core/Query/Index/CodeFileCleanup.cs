namespace Zeno.Core.Query.Index;

/// <summary>
/// Which persisted index files (code columns, sort keys) to delete, decided from names, sizes and times alone (no file
/// is touched here). A file's name starts with its generation (see <see cref="CodeFileId"/>): once the data file or
/// the computed columns change, files of other generations can never be asked for again, so they go. Within the
/// current generations (a request may ask for other bin counts) the files are kept within a byte bound, the least
/// recently used going first. Temporary files left by a write that crashed go once they are old enough that no
/// write can still be filling them.
/// </summary>
internal static class CodeFileCleanup
{
    /// <summary>The ending of a code file's name.</summary>
    public const string Extension = ".codes";

    /// <summary>The ending of a file being written.</summary>
    public const string TemporaryExtension = ".tmp";

    /// <summary>How old a temporary file must be to count as left by a crash.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(10);

    /// <summary>A file in the code folder.</summary>
    /// <param name="Name">Its name, without the folder.</param>
    /// <param name="Bytes">Its length.</param>
    /// <param name="Used">When it was last written or loaded.</param>
    public readonly record struct Entry(string Name, long Bytes, DateTime Used);

    /// <summary>
    /// The files to delete so that only files of <paramref name="generations"/> remain, within
    /// <paramref name="maxBytes"/>; files named in <paramref name="keep"/> (those just written) are never chosen.
    /// </summary>
    public static IReadOnlyList<string> Stale(IEnumerable<Entry> files, IReadOnlySet<string> generations, long maxBytes, IReadOnlySet<string> keep, DateTime now)
    {
        var delete = new List<string>();
        var current = new List<Entry>();
        foreach (var file in files)
        {
            if (file.Name.EndsWith(TemporaryExtension, StringComparison.Ordinal))
            {
                if (now - file.Used > AbandonedAfter)
                    delete.Add(file.Name);
            }
            else if (file.Name.EndsWith(Extension, StringComparison.Ordinal))
            {
                var dash = file.Name.IndexOf('-', StringComparison.Ordinal);
                if (dash > 0 && generations.Contains(file.Name[..dash]))
                    current.Add(file);
                else
                    delete.Add(file.Name);
            }
            // Anything else is not ours to delete.
        }
        var bytes = current.Sum(file => file.Bytes);
        foreach (var file in current.Where(file => !keep.Contains(file.Name)).OrderBy(file => file.Used).ThenBy(file => file.Name, StringComparer.Ordinal))
        {
            if (bytes <= maxBytes)
                break;
            delete.Add(file.Name);
            bytes -= file.Bytes;
        }
        return delete;
    }
}
