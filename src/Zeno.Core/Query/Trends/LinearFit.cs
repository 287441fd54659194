namespace Zeno.Core.Query.Trends;

/// <summary>
/// An ordinary least-squares line y = intercept + slope·x through points, with the residual sum of squares and the
/// spread of x that the slope's standard error needs.
/// </summary>
internal readonly record struct LinearFit(double Slope, double Intercept, double ResidualSumOfSquares, double SpreadOfX, int Count)
{
    /// <summary>Fits a line through at least two points with distinct x.</summary>
    public static LinearFit Of(IReadOnlyList<(double X, double Y)> points)
    {
        if (points.Count < 2)
            throw new ArgumentException("A line needs at least two points.", nameof(points));
        // Two passes over centred values: the one-pass formula Σxy − n·x̄·ȳ cancels catastrophically for values like
        // 0.9001, 0.9002, …, exactly the slow drifts a trend must see.
        var meanX = points.Average(p => p.X);
        var meanY = points.Average(p => p.Y);
        double sxx = 0, sxy = 0;
        foreach (var (x, y) in points)
        {
            sxx += (x - meanX) * (x - meanX);
            sxy += (x - meanX) * (y - meanY);
        }
        // Equal values give a flat line outright; the mean of equal doubles may differ from them in the last bit.
        var flat = points.All(p => p.Y == points[0].Y);
        var slope = flat ? 0 : sxy / sxx;
        var intercept = flat ? points[0].Y : meanY - slope * meanX;
        var sse = 0.0;
        foreach (var (x, y) in points)
        {
            var residual = y - (intercept + slope * x);
            sse += residual * residual;
        }
        return new LinearFit(slope, intercept, sse, sxx, points.Count);
    }

    /// <summary>The line's value at <paramref name="x"/>.</summary>
    public double At(double x) => Intercept + Slope * x;

    /// <summary>The residual standard deviation √(SSE / (n − 2)): the noise around the line; needs three points.</summary>
    public double ResidualStandardDeviation => Math.Sqrt(ResidualSumOfSquares / (Count - 2));

    /// <summary>The slope's standard error √(SSE / (n − 2) / Σ(x − x̄)²); needs three points.</summary>
    public double SlopeStandardError => ResidualStandardDeviation / Math.Sqrt(SpreadOfX);
}
