namespace Zeno.Core.State;

/// <summary>A pointer to an object with its current name, e.g. a report's slice, or a report that uses a slice.</summary>
/// <param name="Kind">What it points at.</param>
/// <param name="Id">The object's id.</param>
/// <param name="Name">Its current name; for a config id whose entry left zeno.toml, the name in the id.</param>
/// <param name="Missing">True when nothing has that id any more (a config slice removed from zeno.toml).</param>
public sealed record StateRef(StateKind Kind, string Id, string Name, bool Missing = false);
