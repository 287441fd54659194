using SkiaSharp;

namespace Zeno.Reports.Tests.Charts;

/// <summary>Reading a rendered PNG back: which pixels have a colour, where, and how many.</summary>
internal sealed class Pixels : IDisposable
{
    private readonly SKBitmap bitmap;

    public Pixels(byte[] png) => bitmap = SKBitmap.Decode(png) ?? throw new InvalidOperationException("not a PNG");

    public int Width => bitmap.Width;
    public int Height => bitmap.Height;

    public SKColor this[int x, int y] => bitmap.GetPixel(x, y);

    /// <summary>For each column, how many of its pixels are exactly <paramref name="color"/>.</summary>
    public int[] ColumnCounts(SKColor color) =>
        [.. Enumerable.Range(0, Width).Select(x => Enumerable.Range(0, Height).Count(y => this[x, y] == color))];

    /// <summary>Runs of neighbouring columns holding <paramref name="color"/>: each run's first column and its tallest count (a bar's height).</summary>
    public List<(int Start, int End, int Height)> Runs(SKColor color, int minHeight = 3)
    {
        var counts = ColumnCounts(color);
        var runs = new List<(int, int, int)>();
        for (var x = 0; x < counts.Length; x++)
        {
            if (counts[x] < minHeight) continue;
            var start = x;
            var height = 0;
            while (x < counts.Length && counts[x] >= minHeight) height = Math.Max(height, counts[x++]);
            runs.Add((start, x - 1, height));
        }
        return runs;
    }

    /// <summary>Every colour and how many pixels have it, most frequent first.</summary>
    public List<(SKColor Color, int Count, float X, float Y)> Colors()
    {
        var seen = new Dictionary<SKColor, (int Count, double X, double Y)>();
        for (var y = 0; y < Height; y++)
            for (var x = 0; x < Width; x++)
            {
                var c = this[x, y];
                seen[c] = seen.TryGetValue(c, out var s) ? (s.Count + 1, s.X + x, s.Y + y) : (1, x, y);
            }
        return [.. seen.Select(p => (p.Key, p.Value.Count, (float)(p.Value.X / p.Value.Count), (float)(p.Value.Y / p.Value.Count)))
            .OrderByDescending(p => p.Item2)];
    }

    public void Dispose() => bitmap.Dispose();
}
