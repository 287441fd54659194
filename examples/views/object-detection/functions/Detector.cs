namespace Scenes;

public static class Detector
{
    /// <summary>
    /// A connected-components detector: pixels that differ from the border colour by more than the threshold are
    /// foreground; each 4-connected region of at least 30 pixels is an object, classified by how much of its box it
    /// fills (square ≈ 1, circle ≈ π/4, triangle ≈ ½). Touching shapes merge into one box, and noisy backgrounds
    /// break shapes apart: the mistakes the detection view shows. The output is the boxes as JSON.
    /// </summary>
    [Model]
    public static Func<DataFrame, ZenoOptions, ModelReturn> Load(string modelName, ZenoOptions options)
    {
        var threshold = modelName switch
        {
            "components-t30" => 30,
            "components-t60" => 60,
            _ => throw new ArgumentException($"unknown model '{modelName}': use components-t30 or components-t60", nameof(modelName)),
        };
        return (batch, o) =>
        {
            var paths = batch.Columns[o.DataColumn!];
            var outputs = new string[batch.Rows.Count];
            for (var row = 0; row < outputs.Length; row++)
                outputs[row] = Box.Write(Detect(Png.Read(Path.Combine(o.DataPath, (string)paths[row])), threshold));
            return new ModelReturn(outputs);
        };
    }

    private static IEnumerable<Box> Detect(Image image, int threshold)
    {
        var background = BorderColor(image);
        var (width, height) = (image.Width, image.Height);
        var seen = new bool[width * height];
        for (var start = 0; start < seen.Length; start++)
        {
            if (seen[start] || image.Distance(start % width, start / width, background) <= threshold)
                continue;
            int x0 = width, y0 = height, x1 = 0, y1 = 0, count = 0;
            var stack = new Stack<int>([start]);
            seen[start] = true;
            while (stack.TryPop(out var at))
            {
                var (x, y) = (at % width, at / width);
                count++;
                (x0, x1, y0, y1) = (Math.Min(x0, x), Math.Max(x1, x), Math.Min(y0, y), Math.Max(y1, y));
                foreach (var next in new[] { x > 0 ? at - 1 : -1, x < width - 1 ? at + 1 : -1, y > 0 ? at - width : -1, y < height - 1 ? at + width : -1 })
                    if (next >= 0 && !seen[next] && image.Distance(next % width, next / width, background) > threshold)
                    {
                        seen[next] = true;
                        stack.Push(next);
                    }
            }
            if (count < 30)
                continue;
            var fill = count / (double)((x1 - x0 + 1) * (y1 - y0 + 1));
            var (label, ideal) = fill > 0.9 ? ("square", 1.0) : fill > 0.64 ? ("circle", Math.PI / 4) : ("triangle", 0.5);
            yield return new Box(label, [x0, y0, x1 - x0 + 1, y1 - y0 + 1], Math.Round(Math.Max(0.05, 1 - Math.Abs(fill - ideal) * 3), 2));
        }
    }

    private static byte[] BorderColor(Image image)
    {
        var border = Enumerable.Range(0, image.Width).SelectMany(x => new[] { (x, 0), (x, image.Height - 1) })
            .Concat(Enumerable.Range(0, image.Height).SelectMany(y => new[] { (0, y), (image.Width - 1, y) }))
            .Select(p => (p.Item2 * image.Width + p.Item1) * image.Channels).ToList();
        return Enumerable.Range(0, 3).Select(c => border.Select(at => image.Pixels[at + c]).Order().ElementAt(border.Count / 2)).ToArray();
    }
}
