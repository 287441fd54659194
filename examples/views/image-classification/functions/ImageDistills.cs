namespace Shapes;

public static class ImageDistills
{
    /// <summary>Mean brightness in [0, 1]: slice by it to see the dark images where the fixed threshold fails.</summary>
    [Distill("brightness")]
    public static DistillReturn Brightness(DataFrame batch, ZenoOptions options) =>
        new(batch.Columns[options.DataColumn!].Cast<string>().Select(path =>
        {
            var image = Png.Read(Path.Combine(options.DataPath, path));
            var sum = 0.0;
            for (var y = 0; y < image.Height; y++)
                for (var x = 0; x < image.Width; x++)
                    sum += image.Luminance(x, y);
            return Math.Round(sum / (image.Width * image.Height * 255.0), 3);
        }));
}
