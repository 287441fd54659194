using SkiaSharp;

namespace Zeno.Reports.Charts;

/// <summary>
/// Where a radar's spoke labels go, and so how large the radar can be: level labels around the rim when they fit
/// without touching each other; else labels turned along their spokes (which cannot touch once neighbouring spokes are a
/// line apart at the rim, and only every k-th is written when they are not).
/// </summary>
internal sealed class RadarLabels
{
    private const float MaxLevelLabel = 160f;
    private const float Gap = 5f;

    private readonly LevelLabel[] level;
    private readonly string[] radial;
    private readonly int stride;
    private readonly SKFont font;

    private RadarLabels(SKPoint center, float radius, SKFont font, LevelLabel[] level, string[] radial, int stride)
    {
        Center = center;
        Radius = radius;
        this.font = font;
        this.level = level;
        this.radial = radial;
        this.stride = stride;
    }

    public SKPoint Center { get; }
    public float Radius { get; }

    /// <summary>The unit vector of spoke <paramref name="index"/> of <paramref name="count"/>, clockwise from the top.</summary>
    public static SKPoint Direction(int index, int count)
    {
        var angle = 2 * Math.PI * index / Math.Max(1, count);
        return new SKPoint((float)Math.Sin(angle), (float)-Math.Cos(angle));
    }

    /// <summary>The point <paramref name="length"/> from <paramref name="origin"/> in <paramref name="direction"/>.</summary>
    public static SKPoint Along(SKPoint origin, SKPoint direction, float length) =>
        new(origin.X + direction.X * length, origin.Y + direction.Y * length);

    public static RadarLabels For(SKRect rect, IReadOnlyList<string> names, SKFont font)
    {
        var center = new SKPoint(rect.MidX, rect.MidY);
        var lineHeight = ChartInk.LineHeight(font);
        var n = names.Count;
        var levelWidth = Math.Min(MaxLevelLabel, rect.Width * 0.24f);
        var levelRadius = Math.Min(rect.Width / 2 - levelWidth - Gap, rect.Height / 2 - lineHeight - Gap);
        if (levelRadius >= 24)
        {
            var boxes = names.Select((name, i) => Level(rect, center, levelRadius, i, n, name, font, lineHeight)).ToArray();
            var clear = boxes.All(b => rect.Contains(b.Box)) &&
                boxes.Select((a, i) => boxes.Skip(i + 1).All(b => !a.Box.IntersectsWith(b.Box))).All(ok => ok);
            if (clear) return new RadarLabels(center, levelRadius, font, boxes, [], 1);
        }
        var longest = names.Count == 0 ? 0 : names.Max(l => ChartInk.Width(font, l));
        var length = Math.Min(longest, Math.Min(rect.Width, rect.Height) * 0.22f);
        var radius = Math.Max(8, Math.Min(rect.Width, rect.Height) / 2 - length - Gap);
        var spacing = (float)((radius + Gap) * 2 * Math.PI / Math.Max(1, n));
        var stride = Math.Max(1, (int)Math.Ceiling(lineHeight / Math.Max(0.01f, spacing)));
        // Each label may run as far as its spoke's line reaches before the panel's edge: the side ones further.
        var radial = names.Select((name, i) =>
        {
            var direction = Direction(i, n);
            var room = Reach(rect, Along(center, direction, radius + Gap), direction) - lineHeight / 2;
            return ChartInk.Fit(font, name, Math.Max(0, room));
        });
        return new RadarLabels(center, radius, font, [], [.. radial], stride);
    }

    public void Draw(ChartInk ink)
    {
        foreach (var (text, box, align) in level)
        {
            var x = align switch { SKTextAlign.Left => box.Left, SKTextAlign.Right => box.Right, _ => box.MidX };
            ink.Text(text, x, ChartInk.Baseline(font, box.MidY), font, ChartTheme.Ink, align);
        }
        for (var i = 0; i < radial.Length; i += stride)
        {
            // Along the spoke, reading outwards on the right half and inwards on the left, so no label is upside down.
            var direction = Direction(i, radial.Length);
            var degrees = (float)(Math.Atan2(direction.Y, direction.X) * 180 / Math.PI);
            var anchor = Along(Center, direction, Radius + Gap);
            var right = direction.X >= -1e-4f;
            ink.Canvas.Save();
            ink.Canvas.Translate(anchor.X, anchor.Y);
            ink.Canvas.RotateDegrees(right ? degrees : degrees + 180);
            ink.Text(radial[i], 0, ChartInk.Baseline(font, 0), font, ChartTheme.Ink, right ? SKTextAlign.Left : SKTextAlign.Right);
            ink.Canvas.Restore();
        }
    }

    // How far from a point inside the rectangle a ray goes before it leaves it.
    private static float Reach(SKRect rect, SKPoint from, SKPoint direction)
    {
        var x = direction.X > 1e-4f ? (rect.Right - from.X) / direction.X : direction.X < -1e-4f ? (rect.Left - from.X) / direction.X : float.MaxValue;
        var y = direction.Y > 1e-4f ? (rect.Bottom - from.Y) / direction.Y : direction.Y < -1e-4f ? (rect.Top - from.Y) / direction.Y : float.MaxValue;
        return Math.Max(0, Math.Min(x, y));
    }

    // A level label just outside the rim: left of it on the left half, right on the right, centred at top and bottom.
    // Each takes the room there is between the rim and the panel's edge on its side (at least what was reserved).
    private static LevelLabel Level(SKRect rect, SKPoint center, float radius, int i, int n, string name, SKFont font, float lineHeight)
    {
        var direction = Direction(i, n);
        var at = Along(center, direction, radius + Gap);
        var align = direction.X > 0.25f ? SKTextAlign.Left : direction.X < -0.25f ? SKTextAlign.Right : SKTextAlign.Center;
        var room = align switch
        {
            SKTextAlign.Left => rect.Right - at.X,
            SKTextAlign.Right => at.X - rect.Left,
            _ => 2 * Math.Min(at.X - rect.Left, rect.Right - at.X),
        };
        var text = ChartInk.Fit(font, name, Math.Min(room, MaxLevelLabel * 1.5f));
        var width = ChartInk.Width(font, text);
        var left = align switch { SKTextAlign.Left => at.X, SKTextAlign.Right => at.X - width, _ => at.X - width / 2 };
        var middle = direction.Y < -0.25f ? at.Y - lineHeight / 2 : direction.Y > 0.25f ? at.Y + lineHeight / 2 : at.Y;
        return new LevelLabel(text, SKRect.Create(left, middle - lineHeight / 2, width, lineHeight), align);
    }

    private readonly record struct LevelLabel(string Text, SKRect Box, SKTextAlign Align);
}
