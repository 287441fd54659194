using Zeno.Core.Query.Index;

namespace Zeno.Core.Tests.Query.Index;

/// <summary>The bytes of a persisted code column: a header accepted only for exactly the column asked for, and a checksum that notices damage.</summary>
public sealed class CodeFileFormatTests
{
    private const string Key = "0123456789abcdef01234567";

    private static (byte[] Header, CodeFileFormat.Header Written) Written(long rows = 1000, int bins = 12)
    {
        var header = new CodeFileFormat.Header(Key, rows, bins, Checksum: 42);
        var bytes = new byte[CodeFileFormat.HeaderBytes];
        CodeFileFormat.Write(header, bytes);
        return (bytes, header);
    }

    [Fact]
    public void A_header_is_accepted_for_the_column_it_describes_and_gives_its_checksum()
    {
        var (bytes, header) = Written();
        Assert.Equal(1024, header.Elements);
        Assert.Equal(42UL, CodeFileFormat.Accept(bytes, CodeFileFormat.HeaderBytes + header.PayloadBytes, header with { Checksum = 0 }));
        var (wide, wideHeader) = Written(bins: 300);
        Assert.Equal(2048, wideHeader.PayloadBytes);
        Assert.Equal(42UL, CodeFileFormat.Accept(wide, CodeFileFormat.HeaderBytes + 2048, wideHeader));
    }

    [Fact]
    public void Sort_keys_are_a_double_per_padded_row_then_the_presence_bits_and_never_pass_for_codes()
    {
        var keys = new CodeFileFormat.Header(Key, 1000, 0, Checksum: 7, IndexFileKind.SortKeys);
        Assert.Equal(8, keys.Width);
        Assert.Equal(1024 * 8 + 1024 / 8, keys.PayloadBytes);
        var bytes = new byte[CodeFileFormat.HeaderBytes];
        CodeFileFormat.Write(keys, bytes);
        var length = CodeFileFormat.HeaderBytes + keys.PayloadBytes;
        Assert.Equal(7UL, CodeFileFormat.Accept(bytes, length, keys with { Checksum = 0 }));
        Assert.Null(CodeFileFormat.Accept(bytes, length, new CodeFileFormat.Header(Key, 1000, 0, 0)));
        Assert.Null(CodeFileFormat.Accept(bytes, length - 1, keys));
        var (codes, codesHeader) = Written(bins: 0);
        Assert.Null(CodeFileFormat.Accept(codes, CodeFileFormat.HeaderBytes + codesHeader.PayloadBytes, keys));
    }

    [Fact]
    public void The_checksum_of_two_arrays_depends_on_both_and_on_where_they_split()
    {
        var random = new Random(9);
        var (values, present) = (new byte[1024], new byte[128]);
        random.NextBytes(values);
        random.NextBytes(present);
        var sum = CodeFileFormat.Checksum(values, present);
        Assert.Equal(sum, CodeFileFormat.Checksum((byte[])values.Clone(), (byte[])present.Clone()));
        present[127] ^= 1;
        Assert.NotEqual(sum, CodeFileFormat.Checksum(values, present));
        present[127] ^= 1;
        Assert.NotEqual(sum, CodeFileFormat.Checksum(values.AsSpan(0, 1016), [.. values.AsSpan(1016), .. present]));
    }

    [Fact]
    public void A_header_of_other_rows_bins_key_or_length_is_refused()
    {
        var (bytes, header) = Written();
        var length = CodeFileFormat.HeaderBytes + header.PayloadBytes;
        Assert.Null(CodeFileFormat.Accept(bytes, length, header with { Rows = 999 }));
        Assert.Null(CodeFileFormat.Accept(bytes, length, header with { Bins = 13 }));
        Assert.Null(CodeFileFormat.Accept(bytes, length, header with { Key = "ffffffffffffffffffffffff" }));
        Assert.Null(CodeFileFormat.Accept(bytes, length - 1, header));
        Assert.Null(CodeFileFormat.Accept(bytes, length + 1, header));
        Assert.Null(CodeFileFormat.Accept(bytes.AsSpan(0, 40), length, header));
        var version = (byte[])bytes.Clone();
        version[8]++;
        Assert.Null(CodeFileFormat.Accept(version, length, header));
        var magic = (byte[])bytes.Clone();
        magic[0] = (byte)'X';
        Assert.Null(CodeFileFormat.Accept(magic, length, header));
    }

    [Fact]
    public void The_checksum_changes_with_any_flipped_byte_swapped_words_or_length()
    {
        var random = new Random(5);
        var payload = new byte[4096 + 64];
        random.NextBytes(payload);
        var sum = CodeFileFormat.Checksum(payload);
        Assert.Equal(sum, CodeFileFormat.Checksum((byte[])payload.Clone()));
        foreach (var at in new[] { 0, 7, 8, 31, 32, 2000, payload.Length - 1 })
        {
            var flipped = (byte[])payload.Clone();
            flipped[at] ^= 1;
            Assert.NotEqual(sum, CodeFileFormat.Checksum(flipped));
        }
        var swapped = (byte[])payload.Clone();
        payload.AsSpan(0, 32).CopyTo(swapped.AsSpan(32));
        payload.AsSpan(32, 32).CopyTo(swapped);
        Assert.NotEqual(sum, CodeFileFormat.Checksum(swapped));
        Assert.NotEqual(CodeFileFormat.Checksum(new byte[64]), CodeFileFormat.Checksum(new byte[128]));
        Assert.NotEqual(sum, CodeFileFormat.Checksum(payload.AsSpan(0, payload.Length - 3)));
    }
}
