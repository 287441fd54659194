using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using Zeno.Core.Store;

namespace Zeno.Core.Query.Index;

/// <summary>The name of a persisted code column: its generation (what makes it stale) and its key (what it is).</summary>
/// <param name="Generation">The data version, and for computed columns the manifest, it was built under (see <see cref="IndexKeys.CodeFileGeneration"/>).</param>
/// <param name="Key">What the codes are (see <see cref="IndexKeys.CodeFile"/>).</param>
internal readonly record struct CodeFileId(string Generation, string Key)
{
    /// <summary>The file's name in the code folder.</summary>
    public string Name => $"{Generation}-{Key}{CodeFileCleanup.Extension}";
}

/// <summary>
/// The index's code columns and sort keys on disk, in the <c>index</c> folder of the project's cache folder (beside
/// zeno.duckdb), so a restarted server reads them instead of asking DuckDB to bin, or read, every row again. A file
/// is written to a temporary name and renamed into place, so a crash leaves no half file under a real name; a file
/// that is missing, short, corrupt or of another column is ignored (the part is rebuilt and the file overwritten).
/// Persistence is only a speed-up: no failure to read or write here ever reaches the user.
/// </summary>
internal sealed class CodeFiles(string folder, long maxBytes, TimeProvider time)
{
    /// <summary>The folder's name inside the cache folder.</summary>
    public const string FolderName = "index";

    /// <summary>The code files of <paramref name="store"/>'s project, or null for a store without a folder (in memory).</summary>
    public static CodeFiles? Of(ZenoStore store, IndexCache cache) =>
        // The files hold the arrays as they are in memory; a big-endian machine would read them wrongly, so it does not persist.
        store.CacheFolder is { } cacheFolder && BitConverter.IsLittleEndian
            ? new CodeFiles(Path.Combine(cacheFolder, FolderName), cache.Budget, TimeProvider.System)
            : null;

    /// <summary>The folder the files are in.</summary>
    public string Folder => folder;

    /// <summary>The codes stored as <paramref name="id"/> when the file is whole and holds <paramref name="bins"/> × <paramref name="rows"/>; else null.</summary>
    public CodeColumn? TryLoad(CodeFileId id, int bins, long rows) => TryRead(id, new CodeFileFormat.Header(id.Key, rows, bins, 0), (handle, checksum) =>
    {
        var (bytes, shorts) = CodeColumn.Allocate(bins, rows);
        // Straight into the column's own array: no copy, no decoding.
        var payload = bytes is not null ? bytes.AsSpan() : MemoryMarshal.AsBytes(shorts.AsSpan());
        return ReadAll(handle, payload, CodeFileFormat.HeaderBytes) && CodeFileFormat.Checksum(payload) == checksum
            ? CodeColumn.Over(bins, rows, bytes, shorts)
            : null;
    });

    /// <summary>The sort keys stored as <paramref name="id"/> when the file is whole and holds <paramref name="rows"/> rows; else null.</summary>
    public SortKeys? TryLoadSortKeys(CodeFileId id, long rows) =>
        TryRead(id, new CodeFileFormat.Header(id.Key, rows, 0, 0, IndexFileKind.SortKeys), (handle, checksum) =>
        {
            var (values, present) = (new double[RowBits.Padded(rows)], new ulong[RowBits.Words(rows)]);
            var valueBytes = MemoryMarshal.AsBytes(values.AsSpan());
            var presentBytes = MemoryMarshal.AsBytes(present.AsSpan());
            return ReadAll(handle, valueBytes, CodeFileFormat.HeaderBytes)
                && ReadAll(handle, presentBytes, CodeFileFormat.HeaderBytes + valueBytes.Length)
                && CodeFileFormat.Checksum(valueBytes, presentBytes) == checksum
                    ? new SortKeys(values, present)
                    : null;
        });

    /// <summary>Writes <paramref name="column"/> as <paramref name="id"/>, replacing any file of that name whole.</summary>
    public void Save(CodeFileId id, CodeColumn column)
    {
        var payload = CodeFileFormat.Payload(column);
        Write(id, new CodeFileFormat.Header(id.Key, column.Rows, column.Bins, CodeFileFormat.Checksum(payload)), payload, []);
    }

    /// <summary>Writes <paramref name="keys"/> of a <paramref name="rows"/>-row view as <paramref name="id"/>, replacing any file of that name whole.</summary>
    public void Save(CodeFileId id, SortKeys keys, long rows)
    {
        var values = MemoryMarshal.AsBytes(keys.Values.AsSpan());
        var present = MemoryMarshal.AsBytes(keys.Present.AsSpan());
        Write(id, new CodeFileFormat.Header(id.Key, rows, 0, CodeFileFormat.Checksum(values, present), IndexFileKind.SortKeys), values, present);
    }

    private delegate T? ReadPayload<T>(SafeFileHandle handle, ulong checksum) where T : class;

    // The part stored as id when the file's header describes exactly what is expected and its payload reads whole.
    private T? TryRead<T>(CodeFileId id, CodeFileFormat.Header expected, ReadPayload<T> read) where T : class
    {
        var path = Path.Combine(folder, id.Name);
        try
        {
            using (var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan))
            {
                Span<byte> header = stackalloc byte[CodeFileFormat.HeaderBytes];
                if (RandomAccess.Read(handle, header, 0) != header.Length
                    || CodeFileFormat.Accept(header, RandomAccess.GetLength(handle), expected) is not { } checksum
                    || read(handle, checksum) is not { } part)
                    return null;
                Touch(path);
                return part;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private void Write(CodeFileId id, CodeFileFormat.Header header, ReadOnlySpan<byte> payload, ReadOnlySpan<byte> more)
    {
        var temporary = Path.Combine(folder, $"{id.Name}.{Guid.NewGuid():N}{CodeFileCleanup.TemporaryExtension}");
        try
        {
            Directory.CreateDirectory(folder);
            var bytes = new byte[CodeFileFormat.HeaderBytes];
            CodeFileFormat.Write(header, bytes);
            // No fsync: a file the disk lost part of in a power cut fails its checksum and is rebuilt.
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0))
            {
                stream.Write(bytes);
                stream.Write(payload);
                stream.Write(more);
            }
            File.Move(temporary, Path.Combine(folder, id.Name), overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
        }
    }

    /// <summary>Deletes the files <see cref="CodeFileCleanup"/> finds stale: other generations, and the least recently used beyond the budget.</summary>
    public void Clean(IReadOnlySet<string> generations, IReadOnlySet<string> keep)
    {
        try
        {
            var files = new DirectoryInfo(folder).EnumerateFiles()
                .Select(file => new CodeFileCleanup.Entry(file.Name, file.Length, file.LastWriteTimeUtc)).ToList();
            foreach (var name in CodeFileCleanup.Stale(files, generations, maxBytes, keep, time.GetUtcNow().UtcDateTime))
                TryDelete(Path.Combine(folder, name));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Cleaning again after the next write is as good.
        }
    }

    private static bool ReadAll(SafeFileHandle handle, Span<byte> target, long offset)
    {
        while (target.Length > 0)
        {
            var read = RandomAccess.Read(handle, target, offset);
            if (read <= 0)
                return false;
            target = target[read..];
            offset += read;
        }
        return true;
    }

    // A loaded file counts as used, so the byte bound removes the files no start has asked for first.
    private void Touch(string path)
    {
        try
        {
            File.SetLastWriteTimeUtc(path, time.GetUtcNow().UtcDateTime);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
