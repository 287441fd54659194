namespace Cells;

public static class Segmenters
{
    /// <summary>
    /// Two threshold segmenters, oldest first: "fixed-threshold" marks every pixel brighter than mid-grey;
    /// "otsu" picks the threshold that best separates the image's two brightness groups (Otsu, 1979). Each writes
    /// its mask as a PNG into its output folder and returns the mask's path under the outputs root, which is what
    /// the segmentation view reads through /api/files/output/.
    /// </summary>
    [Model]
    public static Func<DataFrame, ZenoOptions, ModelReturn> Load(string modelName, ZenoOptions options)
    {
        Func<Image, double> threshold = modelName switch
        {
            "fixed-threshold" => _ => 128,
            "otsu" => Otsu,
            _ => throw new ArgumentException($"unknown model '{modelName}': use fixed-threshold or otsu", nameof(modelName)),
        };
        return (batch, o) =>
        {
            var ids = batch.Columns[o.IdColumn];
            var paths = batch.Columns[o.DataColumn!];
            var outputs = new string[batch.Rows.Count];
            for (var row = 0; row < outputs.Length; row++)
            {
                var image = Png.Read(Path.Combine(o.DataPath, (string)paths[row]));
                var cut = threshold(image);
                var mask = new byte[image.Width * image.Height];
                for (var y = 0; y < image.Height; y++)
                    for (var x = 0; x < image.Width; x++)
                        mask[y * image.Width + x] = image.Luminance(x, y) > cut ? (byte)255 : (byte)0;
                var file = $"{ids[row]}.png";
                PngWriter.WriteGrey(Path.Combine(o.OutputPath, file), image.Width, image.Height, mask);
                outputs[row] = $"{Path.GetFileName(o.OutputPath)}/{file}";
            }
            return new ModelReturn(outputs);
        };
    }

    // The threshold that maximises the between-class variance of the brightness histogram.
    private static double Otsu(Image image)
    {
        var histogram = new double[256];
        for (var y = 0; y < image.Height; y++)
            for (var x = 0; x < image.Width; x++)
                histogram[(int)image.Luminance(x, y)]++;
        var total = image.Width * image.Height;
        var sumAll = Enumerable.Range(0, 256).Sum(i => i * histogram[i]);
        double below = 0, sumBelow = 0, best = 0, bestCut = 128;
        for (var t = 0; t < 256; t++)
        {
            below += histogram[t];
            sumBelow += t * histogram[t];
            var above = total - below;
            if (below == 0 || above == 0)
                continue;
            var between = below * above * Math.Pow(sumBelow / below - (sumAll - sumBelow) / above, 2);
            if (between > best)
                (best, bestCut) = (between, t);
        }
        return bestCut;
    }
}
