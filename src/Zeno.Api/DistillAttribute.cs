namespace Zeno;

/// <summary>Marks a distill: <c>static DistillReturn Name(DataFrame batch, ZenoOptions options)</c>, one new metadata value per row.</summary>
/// <remarks>
/// A distill that reads <see cref="ZenoOptions.OutputColumn"/> depends on the model and runs once per model;
/// any other distill runs once over the instances.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class DistillAttribute : Attribute
{
    /// <summary>Marks a distill whose column is named after its method.</summary>
    public DistillAttribute() { }

    /// <summary>Marks a distill with the name of the column it creates.</summary>
    public DistillAttribute(string name) => Name = name;

    /// <summary>The new column's name; the method's name when null.</summary>
    public string? Name { get; }
}
