namespace Zeno;

/// <summary>A metric's value for one slice; <see cref="Undefined"/> when it has no meaning there (an empty slice).</summary>
public readonly record struct MetricReturn(double? Value)
{
    /// <summary>The value of a metric whose denominator is zero: shown as "–", serialised as null, never 0.</summary>
    public static MetricReturn Undefined => new((double?)null);

    /// <summary>Lets a metric return a plain number; NaN becomes <see cref="Undefined"/>.</summary>
    public static implicit operator MetricReturn(double value) => new(double.IsNaN(value) ? null : value);
}
