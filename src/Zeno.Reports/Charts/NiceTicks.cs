namespace Zeno.Reports.Charts;

/// <summary>
/// Axis ticks at "nice" steps (1, 2 or 5 × 10^k) over a domain widened to whole steps, the way d3 and Vega choose them,
/// so an axis reads 0, 20%, 40% … rather than 0, 18.6%, 37.2% ….
/// </summary>
internal readonly record struct NiceTicks(double Min, double Max, double Step)
{
    /// <summary>How many ticks, both ends included.</summary>
    public int Count => (int)Math.Round((Max - Min) / Step) + 1;

    /// <summary>The tick values from <see cref="Min"/> to <see cref="Max"/>, rounded so 0.1 × 3 prints as 0.3.</summary>
    public IReadOnlyList<double> Values
    {
        get
        {
            var (min, step) = (Min, Step);
            var digits = Math.Clamp(1 - (int)Math.Floor(Math.Log10(step)), 0, 15);
            return [.. Enumerable.Range(0, Count).Select(i => Math.Round(min + i * step, digits))];
        }
    }

    /// <summary>About <paramref name="count"/> intervals covering [min, max]; a single value gets a small range around it.</summary>
    public static NiceTicks For(double min, double max, int count)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max)) (min, max) = (0, 1);
        if (min > max) (min, max) = (max, min);
        if (min == max)
        {
            var pad = min == 0 ? 1 : Math.Abs(min) * 0.1;
            (min, max) = min == 0 ? (0, 1) : (min - pad, max + pad);
        }
        count = Math.Max(1, count);
        var step = StepFor(min, max, count);
        // Widening to whole steps can change the best step (d3's `nice` does the same second pass).
        for (var pass = 0; pass < 2; pass++)
        {
            var (lo, hi) = Widen(min, max, step);
            var next = StepFor(lo, hi, count);
            if (next == step) break;
            step = next;
        }
        var (low, high) = Widen(min, max, step);
        return new NiceTicks(low, high, step);
    }

    private static (double Low, double High) Widen(double min, double max, double step) =>
        // The epsilon keeps 0.6 / 0.2 = 2.9999999999999996 from widening to a step it already sits on.
        (Math.Floor(min / step + 1e-9) * step, Math.Ceiling(max / step - 1e-9) * step);

    private static double StepFor(double min, double max, int count)
    {
        var raw = (max - min) / count;
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var error = raw / power;
        // d3's thresholds (√50, √10, √2): the step nearest the raw one on a log scale.
        var factor = error >= 7.071 ? 10 : error >= 3.162 ? 5 : error >= 1.414 ? 2 : 1;
        return factor * power;
    }
}
