namespace Zeno;

/// <summary>Marks a transform: <c>static TransformReturn Name(DataFrame batch, ZenoOptions options)</c>, modified instances for metamorphic tests.</summary>
/// <remarks>
/// Every model is re-run on the transformed instances. They keep the ids of their originals, so every slice applies to them.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class TransformAttribute : Attribute
{
    /// <summary>Marks a transform named after its method.</summary>
    public TransformAttribute() { }

    /// <summary>Marks a transform with the name that the UI and reports use.</summary>
    public TransformAttribute(string name) => Name = name;

    /// <summary>The transform's name; the method's name when null.</summary>
    public string? Name { get; }
}
