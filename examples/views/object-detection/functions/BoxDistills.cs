namespace Scenes;

public static class BoxDistills
{
    /// <summary>
    /// F1 of the detected boxes against the label boxes, per model: a detection counts when it has the right class
    /// and overlaps an unmatched label box with IoU ≥ 0.5 (matched greedily, best overlap first).
    /// </summary>
    [Distill("box_f1")]
    public static DistillReturn BoxF1(DataFrame batch, ZenoOptions options)
    {
        var outputs = batch.Columns[options.OutputColumn];
        var labels = batch.Columns[options.LabelColumn!].Cast<string>()
            .Select(path => Box.Parse(File.ReadAllText(Path.Combine(options.LabelPath, path))));
        return new(labels.Select((truth, row) =>
        {
            var found = Box.Parse((string)outputs[row]);
            if (truth.Length + found.Length == 0)
                return 1.0;
            var pairs = from t in truth from f in found where t.Label == f.Label let iou = t.Iou(f) where iou >= 0.5 orderby iou descending select (t, f);
            var (usedT, usedF, matched) = (new HashSet<Box>(), new HashSet<Box>(), 0);
            foreach (var (t, f) in pairs)
            {
                if (usedT.Contains(t) || usedF.Contains(f))
                    continue;
                usedT.Add(t);
                usedF.Add(f);
                matched++;
            }
            return Math.Round(2.0 * matched / (truth.Length + found.Length), 3);
        }));
    }

    /// <summary>Every object found with the right class and nothing else: what the cards mark as right.</summary>
    [Distill("correct")]
    public static DistillReturn Correct(DataFrame batch, ZenoOptions options) =>
        new(BoxF1(batch, options).Values.Select(f1 => (double)f1! == 1.0));
}
