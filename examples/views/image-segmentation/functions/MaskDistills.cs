namespace Cells;

public static class MaskDistills
{
    /// <summary>
    /// Intersection over union of the model's mask and the label mask, per model (it reads the output column).
    /// Model outputs are paths under the outputs root, the folder above this function's own output folder.
    /// </summary>
    [Distill("iou")]
    public static DistillReturn Iou(DataFrame batch, ZenoOptions options)
    {
        var outputs = Path.GetDirectoryName(options.OutputPath)!;
        var predicted = batch.Columns[options.OutputColumn];
        var labels = batch.Columns[options.LabelColumn!];
        return new(Enumerable.Range(0, (int)batch.Rows.Count).Select(row =>
        {
            var a = Png.Read(Path.Combine(outputs, (string)predicted[row]));
            var b = Png.Read(Path.Combine(options.LabelPath, (string)labels[row]));
            int both = 0, either = 0;
            for (var i = 0; i < a.Pixels.Length; i++)
            {
                bool inA = a.Pixels[i] > 127, inB = b.Pixels[i] > 127;
                both += inA && inB ? 1 : 0;
                either += inA || inB ? 1 : 0;
            }
            return either == 0 ? 1.0 : Math.Round(both / (double)either, 3);
        }));
    }

    /// <summary>A mask is good enough when it overlaps the label by 80 % (IoU ≥ 0.8); the cards mark the others.</summary>
    [Distill("correct")]
    public static DistillReturn Correct(DataFrame batch, ZenoOptions options) =>
        new(Iou(batch, options).Values.Select(iou => (double)iou! >= 0.8));
}
