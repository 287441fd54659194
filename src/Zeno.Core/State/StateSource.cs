namespace Zeno.Core.State;

/// <summary>Where an object comes from: made in the UI (stored, editable) or declared in zeno.toml (read-only).</summary>
public enum StateSource
{
    /// <summary>Made in the UI and kept in the project's store.</summary>
    User,
    /// <summary>Declared in zeno.toml; the UI shows it but cannot change it.</summary>
    Config,
}
