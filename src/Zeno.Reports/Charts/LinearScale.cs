namespace Zeno.Reports.Charts;

/// <summary>Maps a value in [<paramref name="D0"/>, <paramref name="D1"/>] linearly onto [<paramref name="R0"/>, <paramref name="R1"/>] (pixels).</summary>
internal readonly record struct LinearScale(double D0, double D1, float R0, float R1)
{
    /// <summary>The pixel position of a value; values outside the domain map outside the range.</summary>
    public float Map(double value) => D1 == D0 ? (R0 + R1) / 2 : R0 + (float)((value - D0) / (D1 - D0)) * (R1 - R0);
}
