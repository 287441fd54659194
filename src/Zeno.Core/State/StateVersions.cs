namespace Zeno.Core.State;

/// <summary>Optimistic concurrency, written once: the object must exist and be at the version the caller saw.</summary>
internal static class StateVersions
{
    /// <summary>The current object, or NotFound / StaleVersion.</summary>
    public static T Check<T>(StateKind kind, string id, long version, T? current)
        where T : class, IStateObject
    {
        if (current is null)
            throw new StateNotFoundException(kind, id);
        if (current.Version != version)
            throw new StaleVersionException(kind, version, current);
        return current;
    }

    /// <summary>Refuses writes to zeno.toml objects, before any transaction starts.</summary>
    public static void RequireWritable(StateKind kind, string id)
    {
        if (StateIds.IsConfig(id))
            throw new ReadOnlyStateException(kind, id);
    }
}
