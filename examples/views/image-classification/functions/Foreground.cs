namespace Shapes;

/// <summary>Which pixels belong to the shape: those that differ from the background, read from the image's border.</summary>
public static class Foreground
{
    /// <summary>Pixels further than a fixed distance from the border colour: simple, and blind in dark images.</summary>
    public static bool[] Fixed(Image image, int threshold)
    {
        var background = BorderColor(image);
        var mask = new bool[image.Width * image.Height];
        for (var y = 0; y < image.Height; y++)
            for (var x = 0; x < image.Width; x++)
                mask[y * image.Width + x] = image.Distance(x, y, background) > threshold;
        return mask;
    }

    /// <summary>
    /// A threshold scaled to the image's contrast (a third of the way from the border colour to the most different
    /// pixel), then only the largest connected region: noise specks and grey gradients no longer count as shape.
    /// </summary>
    public static bool[] Adaptive(Image image)
    {
        var background = BorderColor(image);
        var most = 0;
        for (var y = 0; y < image.Height; y++)
            for (var x = 0; x < image.Width; x++)
                most = Math.Max(most, image.Distance(x, y, background));
        return LargestRegion(Fixed(image, Math.Max(10, most / 3)), image.Width, image.Height);
    }

    /// <summary>The median colour of the outermost pixels.</summary>
    public static byte[] BorderColor(Image image)
    {
        var channels = Math.Min(image.Channels, 3);
        var samples = Enumerable.Range(0, channels).Select(_ => new List<byte>()).ToArray();
        for (var x = 0; x < image.Width; x++)
            foreach (var y in new[] { 0, image.Height - 1 })
                for (var c = 0; c < channels; c++)
                    samples[c].Add(image.Pixels[(y * image.Width + x) * image.Channels + c]);
        for (var y = 0; y < image.Height; y++)
            foreach (var x in new[] { 0, image.Width - 1 })
                for (var c = 0; c < channels; c++)
                    samples[c].Add(image.Pixels[(y * image.Width + x) * image.Channels + c]);
        return samples.Select(s => s.Order().ElementAt(s.Count / 2)).Concat(Enumerable.Repeat((byte)0, 3 - channels)).ToArray();
    }

    private static bool[] LargestRegion(bool[] mask, int width, int height)
    {
        var region = new int[mask.Length];
        var sizes = new List<int> { 0 };
        for (var start = 0; start < mask.Length; start++)
        {
            if (!mask[start] || region[start] != 0)
                continue;
            sizes.Add(0);
            var stack = new Stack<int>([start]);
            region[start] = sizes.Count - 1;
            while (stack.TryPop(out var at))
            {
                sizes[^1]++;
                var (x, y) = (at % width, at / width);
                foreach (var next in new[] { x > 0 ? at - 1 : -1, x < width - 1 ? at + 1 : -1, y > 0 ? at - width : -1, y < height - 1 ? at + width : -1 })
                    if (next >= 0 && mask[next] && region[next] == 0)
                    {
                        region[next] = sizes.Count - 1;
                        stack.Push(next);
                    }
            }
        }
        var largest = sizes.IndexOf(sizes.Max());
        return region.Select(r => r == largest && largest > 0).ToArray();
    }
}
