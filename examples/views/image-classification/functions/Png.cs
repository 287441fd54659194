using System.Buffers.Binary;
using System.IO.Compression;

namespace Shapes;

/// <summary>An 8-bit image: <see cref="Channels"/> bytes per pixel (1 grey, 3 RGB, 4 RGBA), row by row.</summary>
public sealed record Image(int Width, int Height, int Channels, byte[] Pixels)
{
    /// <summary>The pixel's brightness in [0, 255] (Rec. 601 weights).</summary>
    public double Luminance(int x, int y)
    {
        var at = (y * Width + x) * Channels;
        return Channels < 3 ? Pixels[at] : 0.299 * Pixels[at] + 0.587 * Pixels[at + 1] + 0.114 * Pixels[at + 2];
    }

    /// <summary>The largest difference, over the colour channels, between a pixel and a colour.</summary>
    public int Distance(int x, int y, byte[] color)
    {
        var at = (y * Width + x) * Channels;
        var most = 0;
        for (var c = 0; c < Math.Min(Channels, 3); c++)
            most = Math.Max(most, Math.Abs(Pixels[at + c] - color[c]));
        return most;
    }
}

/// <summary>Reads 8-bit, non-interlaced PNG files (grey, RGB, RGBA): what the example's images are.</summary>
public static class Png
{
    public static Image Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        for (var at = 8; at + 8 <= bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(bytes, at + 4, 4);
            var data = bytes.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                if (data[8] != 8 || data[12] != 0)
                    throw new NotSupportedException($"{path}: only 8-bit, non-interlaced PNG files are read");
                channels = data[9] switch { 0 => 1, 2 => 3, 6 => 4, _ => throw new NotSupportedException($"{path}: colour type {data[9]}") };
            }
            else if (type == "IDAT")
                idat.Write(data);
            at += 12 + length;
        }
        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
            zlib.CopyTo(inflated);
        return new Image(width, height, channels, Unfilter(inflated.ToArray(), width, height, channels));
    }

    // Undoes the per-row filters (none, sub, up, average, Paeth) of the PNG format.
    private static byte[] Unfilter(byte[] raw, int width, int height, int bpp)
    {
        var stride = width * bpp;
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var i = 0; i < stride; i++)
            {
                int a = i >= bpp ? pixels[y * stride + i - bpp] : 0;
                int b = y > 0 ? pixels[(y - 1) * stride + i] : 0;
                int c = i >= bpp && y > 0 ? pixels[(y - 1) * stride + i - bpp] : 0;
                int x = raw[y * (stride + 1) + 1 + i];
                pixels[y * stride + i] = (byte)(filter switch
                {
                    1 => x + a,
                    2 => x + b,
                    3 => x + (a + b) / 2,
                    4 => x + Paeth(a, b, c),
                    _ => x,
                });
            }
        }
        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
