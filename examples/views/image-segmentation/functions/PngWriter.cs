using System.Buffers.Binary;
using System.IO.Compression;

namespace Cells;

/// <summary>Writes 8-bit grey PNG files (the masks the segmenters produce), filter 0, zlib from the framework.</summary>
public static class PngWriter
{
    private static readonly uint[] CrcTable = Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++)
            c = (c & 1) != 0 ? 0xedb88320 ^ (c >> 1) : c >> 1;
        return c;
    }).ToArray();

    public static void WriteGrey(string path, int width, int height, byte[] pixels)
    {
        var raw = new byte[(width + 1) * height];
        for (var y = 0; y < height; y++)
            Array.Copy(pixels, y * width, raw, y * (width + 1) + 1, width);
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
            zlib.Write(raw);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        using var file = File.Create(path);
        file.Write([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        Chunk(file, "IHDR", header);
        Chunk(file, "IDAT", compressed.ToArray());
        Chunk(file, "IEND", []);
    }

    private static void Chunk(Stream stream, string type, byte[] data)
    {
        var head = new byte[8];
        BinaryPrimitives.WriteInt32BigEndian(head, data.Length);
        System.Text.Encoding.ASCII.GetBytes(type, head.AsSpan(4));
        var crc = 0xffffffffu;
        foreach (var b in head.AsSpan(4).ToArray().Concat(data))
            crc = CrcTable[(crc ^ b) & 0xff] ^ (crc >> 8);
        var tail = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(tail, crc ^ 0xffffffff);
        stream.Write(head);
        stream.Write(data);
        stream.Write(tail);
    }
}
