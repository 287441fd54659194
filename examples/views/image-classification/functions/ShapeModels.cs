using System.Collections;

namespace Shapes;

public static class ShapeModels
{
    /// <summary>
    /// Two shape classifiers, oldest first. Both find the shape's pixels, then read its class from how much of its
    /// bounding box it fills (square ≈ 1, circle ≈ π/4, triangle ≈ ½). "fixed-threshold" finds the pixels with one
    /// fixed colour distance; "adaptive-threshold" scales it to the image's contrast and keeps the largest region.
    /// </summary>
    [Model]
    public static Func<DataFrame, ZenoOptions, ModelReturn> Load(string modelName, ZenoOptions options)
    {
        Func<Image, bool[]> foreground = modelName switch
        {
            "fixed-threshold" => image => Foreground.Fixed(image, 40),
            "adaptive-threshold" => Foreground.Adaptive,
            _ => throw new ArgumentException($"unknown model '{modelName}': use fixed-threshold or adaptive-threshold", nameof(modelName)),
        };
        return (batch, o) =>
        {
            var paths = batch.Columns[o.DataColumn!];
            var outputs = new string[batch.Rows.Count];
            var fills = new double[batch.Rows.Count];
            for (var row = 0; row < outputs.Length; row++)
            {
                var image = Png.Read(Path.Combine(o.DataPath, (string)paths[row]));
                (outputs[row], fills[row]) = Classify(foreground(image), image.Width, image.Height);
            }
            return new ModelReturn(outputs) { Columns = new Dictionary<string, IEnumerable> { ["fill_ratio"] = fills } };
        };
    }

    private static (string Label, double Fill) Classify(bool[] mask, int width, int height)
    {
        int x0 = width, y0 = height, x1 = -1, y1 = -1, count = 0;
        for (var i = 0; i < mask.Length; i++)
        {
            if (!mask[i])
                continue;
            count++;
            (x0, x1) = (Math.Min(x0, i % width), Math.Max(x1, i % width));
            (y0, y1) = (Math.Min(y0, i / width), Math.Max(y1, i / width));
        }
        if (count == 0)
            return ("nothing", 0);
        var fill = count / (double)((x1 - x0 + 1) * (y1 - y0 + 1));
        return (fill > 0.9 ? "square" : fill > 0.64 ? "circle" : "triangle", Math.Round(fill, 3));
    }
}
