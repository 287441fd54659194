namespace Zeno.Reports.Documents;

/// <summary>
/// Column widths of the PDF's slice table for a page width and a number of models: the slice name, the size and the
/// sparkline keep readable widths while there is room, and the models share the rest; with many models the fixed
/// columns shrink first, then the value font. Pure, so the arithmetic is tested on its own.
/// </summary>
/// <param name="Slice">The slice column (name and folder).</param>
/// <param name="Size">The size column.</param>
/// <param name="Model">Each model's column.</param>
/// <param name="Trend">The sparkline and markers.</param>
/// <param name="ValueFont">The font size of values and verdicts' first line.</param>
internal sealed record TableLayout(float Slice, float Size, float Model, float Trend, float ValueFont)
{
    /// <summary>The layout for <paramref name="models"/> model columns across <paramref name="width"/> points.</summary>
    public static TableLayout For(float width, int models)
    {
        var count = Math.Max(models, 1);
        (float slice, float size, float trend) = (150, 46, 84);
        var model = (width - slice - size - trend) / count;
        if (model < 44)
        {
            (slice, size, trend) = (112, 40, 66);
            model = (width - slice - size - trend) / count;
        }
        if (model < 30)
        {
            (slice, size, trend) = (90, 34, 52);
            model = (width - slice - size - trend) / count;
        }
        var font = model >= 40 ? 8.5f : model >= 32 ? 7.5f : 6.5f;
        return new TableLayout(slice, size, model, trend, font);
    }

    /// <summary>The left edge of model column <paramref name="index"/>, from the table's left edge.</summary>
    public float ModelLeft(int index) => Slice + Size + index * Model;

    /// <summary>The left edge of the trend column.</summary>
    public float TrendLeft(int models) => Slice + Size + Math.Max(models, 1) * Model;
}
