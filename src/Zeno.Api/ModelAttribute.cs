namespace Zeno;

/// <summary>Marks the project's model factory: <c>static Func&lt;DataFrame, ZenoOptions, ModelReturn&gt; Load(string modelName)</c>.</summary>
/// <remarks>
/// The factory is called once per model named in <c>zeno.toml</c>; the function it returns is called on batches of
/// instances. The factory may take a second <see cref="ZenoOptions"/> parameter to find training data or weights.
/// A project has at most one model factory.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class ModelAttribute : Attribute;
