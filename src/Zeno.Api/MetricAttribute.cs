namespace Zeno;

/// <summary>Marks a metric: <c>static MetricReturn Name(DataFrame slice, ZenoOptions options)</c>, one number for a slice's rows.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class MetricAttribute : Attribute
{
    /// <summary>Marks a metric named after its method.</summary>
    public MetricAttribute() { }

    /// <summary>Marks a metric with the name that <c>zeno.toml</c> and the UI use.</summary>
    public MetricAttribute(string name) => Name = name;

    /// <summary>The metric's name; the method's name when null.</summary>
    public string? Name { get; }
}
